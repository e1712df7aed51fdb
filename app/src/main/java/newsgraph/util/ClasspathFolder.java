package newsgraph.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads every file with a given ending in one resource folder, from the jar or from classes/:
 * the schema files and the saved queries are folders of data, listed at start-up.
 */
public final class ClasspathFolder {

    private ClasspathFolder() {}

    /** File name to UTF-8 text, sorted by name; empty when the folder does not exist. */
    public static Map<String, String> read(String folder, String ending) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            return Map.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return readDir(fs.provider().getPath(uri), ending);
            }
            return readDir(Path.of(uri), ending);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read resource folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readDir(Path dir, String ending) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().endsWith(ending)).forEach(p -> {
                try {
                    files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
