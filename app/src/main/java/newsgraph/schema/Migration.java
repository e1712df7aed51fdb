package newsgraph.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One schema file {@code V<version>__<description>.cypher}: statements ending in {@code ;},
 * {@code //} comment lines ignored. Applied once, in version order ({@link SchemaMigrator}).
 */
public record Migration(int version, String description, String file, List<String> statements, String checksum) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.cypher");

    public Migration {
        Objects.requireNonNull(file, "file");
        statements = List.copyOf(statements);
    }

    /** Parses a schema file; the message names the file when its name or content is malformed. */
    public static Migration parse(String file, String text) {
        Matcher m = NAME.matcher(file);
        if (!m.matches()) {
            throw new IllegalArgumentException("graph-schema/" + file
                    + ": a schema file must be named V<number>__<description>.cypher");
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException("graph-schema/" + file + ": the last statement does not end with ';'");
        }
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("graph-schema/" + file + ": no statements");
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2), file, statements, sha256(text));
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
