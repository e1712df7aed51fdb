package newsgraph.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One CSV file in the format of Neo4j's importer ({@code neo4j-admin database import full}): a header
 * of {@code name:type} columns, then one row per node or relationship. Every string is quoted, so an
 * empty string stays an empty string and a missing value (an empty unquoted field) is no property,
 * as a null is in Cypher. Lists are joined by {@link #ARRAY_DELIMITER}, a control character no name
 * contains (a value holding it is refused rather than split). Rows with a key the header does not
 * name are refused: the write plan gained a property the import does not carry yet.
 */
final class ImportCsv implements AutoCloseable {

    /** The importer's --array-delimiter: ASCII unit separator. */
    static final char ARRAY_DELIMITER = '\u001f';

    private record Column(String name, String type) {}

    final Path file;
    private final List<Column> columns = new ArrayList<>();
    private final BufferedWriter out;
    private long rows;

    /** {@code header}: the importer's columns, e.g. {@code ":ID", ":LABEL", "id", "date:date", "aliases:string[]"}. */
    ImportCsv(Path file, String... header) {
        this.file = file;
        try {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            for (int i = 0; i < header.length; i++) {
                String h = header[i];
                int colon = h.lastIndexOf(':');
                String name = colon < 0 ? h : h.substring(0, colon);
                String type = colon < 0 ? "string" : h.substring(colon + 1);
                columns.add(new Column(name.isEmpty() ? h : name, name.isEmpty() ? h : type));
                out.write(i == 0 ? h : "," + h);
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** One row: {@code ids} fill the leading id columns (:ID / :START_ID, :END_ID), {@code values} the rest by name. */
    void row(Map<String, ?> values, Object... ids) {
        for (String key : values.keySet()) {
            if (columns.stream().noneMatch(c -> c.name.equals(key))) {
                throw new IllegalStateException(file.getFileName() + " has no column for property '" + key + "'");
            }
        }
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object v = i < ids.length ? ids[i] : values.get(columns.get(i).name);
            append(line, columns.get(i), v);
        }
        line.append('\n');
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    private static void append(StringBuilder line, Column c, Object v) {
        if (v == null) {
            return;
        }
        switch (c.type) {
            case "long", ":ID", ":START_ID", ":END_ID" -> line.append(((Number) v).longValue());
            case "boolean" -> line.append((boolean) (Boolean) v);
            case "date" -> line.append((LocalDate) v);
            case "datetime" -> line.append((OffsetDateTime) v);
            case "string" -> quoted(line, (String) v);
            case "string[]", ":LABEL" -> {
                StringBuilder joined = new StringBuilder();
                for (Object item : (Collection<?>) v) {
                    String s = (String) item;
                    if (s.indexOf(ARRAY_DELIMITER) >= 0) {
                        throw new IllegalArgumentException("a value of '" + c.name + "' holds the array delimiter U+001F: " + s);
                    }
                    if (!joined.isEmpty()) {
                        joined.append(ARRAY_DELIMITER);
                    }
                    joined.append(s);
                }
                if (!joined.isEmpty()) { // an empty list cannot be written: ImportGraph marks it instead
                    quoted(line, joined.toString());
                }
            }
            default -> throw new IllegalStateException("unknown column type " + c.type);
        }
    }

    private static void quoted(StringBuilder line, String s) {
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                line.append('"');
            }
            line.append(ch);
        }
        line.append('"');
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
