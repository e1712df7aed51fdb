package newsgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsgraph.extract.Extractor;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.neo4j.GraphStore;

/**
 * The five real sample pages, read from ../shared at test time (third-party text: never copied
 * into the project) through {@link SharedFolder}; tests that use them are marked {@link NeedsShared}
 * and skipped where the folder is absent.
 */
public final class SamplePages {

    private SamplePages() {}

    public static Path shared() {
        return SharedFolder.require();
    }

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(shared().resolve("corpus"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts every page with the real extractor and writes it with the real writer. */
    public static void ingest(GraphStore store) {
        Extractor extractor = new Extractor();
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        for (Path file : files()) {
            var document = extractor.extractFile(file, null);
            if (document.error() != null) {
                throw new IllegalStateException(file + ": " + document.error());
            }
            document.articles().forEach(a -> writer.write(a, ArticleMetadata.ofFile(file.getFileName().toString())));
        }
    }
}
