package newsgraph.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.SavedQuery;

/**
 * The saved queries as a zip for Neo4j Browser's favorites import. Browser names a favorite after
 * its first line with the leading {@code //} removed, and puts a file found at {@code folder/x.cypher}
 * in the folder {@code folder}. Our files start with {@code // name: …}, which would show as
 * "name: …", so each favorite here starts with {@code // <name> — <description>} instead, then the
 * example as {@code :param} comments, then the query.
 */
public final class Favorites {

    public static final String FOLDER = "newsgraph";

    private Favorites() {}

    /** The text of one favorite, with the query's own example. */
    public static String favorite(SavedQuery q) {
        return favorite(q, q.example());
    }

    /** The text of one favorite, with these example parameters. */
    public static String favorite(SavedQuery q, Map<String, Object> example) {
        StringBuilder text = new StringBuilder("// ").append(q.name()).append(" — ").append(firstSentence(q.description()))
                .append('\n');
        text.append("// ").append(q.description()).append('\n');
        text.append("// Example parameters (run these lines without the // first):\n");
        ExampleParams.lines(q, example).forEach(l -> text.append("// ").append(l).append('\n'));
        return text.append(q.cypher()).append('\n').toString();
    }

    /** A zip of {@code newsgraph/<name>.cypher}, one per saved query, with their own examples. */
    public static byte[] zip(QueryCatalogue catalogue) {
        return zip(catalogue, Map.of());
    }

    /** As {@link #zip(QueryCatalogue)}, with the examples given by query name (others: their own). */
    public static byte[] zip(QueryCatalogue catalogue, Map<String, Map<String, Object>> examples) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (SavedQuery q : catalogue.all()) {
                zip.putNextEntry(new ZipEntry(FOLDER + "/" + q.name() + ".cypher"));
                zip.write(favorite(q, examples.getOrDefault(q.name(), q.example())).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String firstSentence(String description) {
        int end = description.indexOf(". ");
        String s = end < 0 ? description : description.substring(0, end + 1);
        return s.length() > 90 ? s.substring(0, 89) + "…" : s;
    }
}
