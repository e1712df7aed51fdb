package newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** One Cypher statement from a resource file ({@code graph/<name>.cypher}), read at class load. */
record CypherFile(String name, String text) {

    static CypherFile load(String name) {
        String path = "graph/" + name + ".cypher";
        try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (text.endsWith(";")) {
                throw new IllegalStateException(path + ": one statement per file, without a closing ';'");
            }
            return new CypherFile(name, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
