package newsgraph.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import newsgraph.extract.text.InputFiles;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.WriteResult;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.DocumentExtraction;
import newsgraph.model.Extraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files, extracts their articles and writes each one through {@link GraphWriter}: one
 * transaction per article, so a run stopped at any point keeps every article it committed and no
 * part of any other; the next run skips what the ledger already holds. A {@code .json} file is
 * read as extraction-v1 (the output of {@code extract}); any other file goes to the extractor, which
 * decodes it and says why when it cannot (binary, wrong encoding, too large).
 */
public final class Ingester {

    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Told of every article written and every file done, for progress reporting. */
    public interface Listener {
        default void article(WriteResult result) {}

        default void fileDone(Path file, int articles, String error) {}
    }

    private final GraphWriter writer;
    private final ArticleExtractor extractor;
    private final LocalDate date;
    private final String source;
    private final String region;

    /** {@code date} and {@code source} (may be null) apply to every article of the run. */
    public Ingester(GraphWriter writer, ArticleExtractor extractor, LocalDate date, String source) {
        this(writer, extractor, date, source, null);
    }

    /** {@code date}, {@code source} and {@code region} (each may be null) apply to every article of the run. */
    public Ingester(GraphWriter writer, ArticleExtractor extractor, LocalDate date, String source, String region) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.date = date;
        this.source = source;
        this.region = region;
    }

    /**
     * The files to ingest: each file given, and every non-hidden file under each directory but
     * README.md, sorted; inputs that are no regular files (FIFOs, devices, dangling links, loops) are
     * kept, to be refused one by one with their reason ({@link InputFiles}).
     */
    public static List<Path> expand(List<Path> inputs) {
        return InputFiles.expand(inputs, InputFiles.Selection.ALL_FILES).stream().map(InputFiles.Input::path).toList();
    }

    public IngestSummary ingest(List<Path> files, Listener listener) {
        return ingestInputs(files.stream().map(f -> new InputFiles.Input(f, null)).toList(), listener);
    }

    /** Ingests every input; one refused ({@link InputFiles.Input#refusal}) counts as a failed file, the others go on. */
    public IngestSummary ingestInputs(List<InputFiles.Input> files, Listener listener) {
        long started = System.nanoTime();
        int filesFailed = 0;
        int created = 0;
        int unchanged = 0;
        int failed = 0;
        long nodes = 0;
        long relationships = 0;
        for (InputFiles.Input input : files) {
            Path file = input.path();
            List<DocumentExtraction> documents;
            try {
                if (input.refused()) {
                    throw new IllegalArgumentException(input.refusal());
                }
                documents = read(file);
            } catch (IOException | RuntimeException e) {
                filesFailed++;
                LOG.warn("{}: {}", file, e.getMessage());
                listener.fileDone(file, 0, e.getMessage());
                continue;
            }
            int articles = 0;
            String error = null;
            for (DocumentExtraction document : documents) {
                if (document.error() != null) {
                    error = document.error();
                    LOG.warn("{}: {}", document.file(), document.error());
                    continue;
                }
                for (ArticleExtraction article : document.articles()) {
                    WriteResult r;
                    try {
                        r = writer.write(article, new ArticleMetadata(document.file(), source, null, date, region));
                    } catch (RuntimeException e) {
                        failed++;
                        error = e.getMessage();
                        LOG.warn("{}: article '{}' not written: {}", document.file(), article.title(), e.getMessage());
                        continue;
                    }
                    if (r.created()) {
                        created++;
                        nodes += r.nodesCreated();
                        relationships += r.relationshipsCreated();
                    } else {
                        unchanged++;
                    }
                    articles++;
                    listener.article(r);
                }
            }
            if (error != null && articles == 0) {
                filesFailed++;
            }
            listener.fileDone(file, articles, error);
        }
        return new IngestSummary(files.size(), filesFailed, created, unchanged, failed, nodes, relationships,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private List<DocumentExtraction> read(Path file) throws IOException {
        String refusal = InputFiles.refusal(file); // by type, before opening: a FIFO would block the read
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            Extraction extraction = JSON.readValue(file.toFile(), Extraction.class);
            if (!Extraction.FORMAT.equals(extraction.format())) {
                throw new IllegalArgumentException("not extraction-v1 JSON (format: " + extraction.format() + ")");
            }
            return extraction.documents();
        }
        return List.of(extractor.extract(file, date));
    }
}
