package newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** One Cypher statement from a resource file {@code graph/<name>.cypher}, read at class load. */
record CypherFile(String name, String text) {

    static CypherFile load(String name) {
        String text = read("graph/" + name + ".cypher");
        if (text.endsWith(";")) {
            throw new IllegalStateException("graph/" + name + ".cypher: one statement per file, without a closing ';'");
        }
        return new CypherFile(name, text);
    }

    private static String read(String path) {
        try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
