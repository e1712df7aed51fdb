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
 *
 * <p>{@code earlierChecksums}: the checksums of earlier texts of this file that a store may have
 * recorded and that did the same ({@code // earlier checksum: <sha-256>} lines, one per text). Schema
 * history is append-only; the one edit allowed is to how a file does what it did (V007's summaries
 * built in batches instead of one transaction), and such a file names the texts it replaces, so a
 * store that ran one of them is not refused.
 */
public record Migration(int version, String description, String file, List<String> statements, String checksum,
                        List<String> earlierChecksums) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.cypher");
    private static final Pattern EARLIER = Pattern.compile("//\\s*earlier checksum:\\s*(\\S+)\\s*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Migration {
        Objects.requireNonNull(file, "file");
        statements = List.copyOf(statements);
        earlierChecksums = List.copyOf(earlierChecksums);
    }

    /** Whether a store that recorded {@code recorded} for this file has what this text does. */
    public boolean accepts(String recorded) {
        return checksum.equals(recorded) || earlierChecksums.contains(recorded);
    }

    /** Parses a schema file; the message names the file when its name or content is malformed. */
    public static Migration parse(String file, String text) {
        Matcher m = NAME.matcher(file);
        if (!m.matches()) {
            throw new IllegalArgumentException("graph-schema/" + file
                    + ": a schema file must be named V<number>__<description>.cypher");
        }
        List<String> statements = new ArrayList<>();
        List<String> earlier = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            Matcher e = EARLIER.matcher(trimmed);
            if (e.matches()) {
                if (!SHA256.matcher(e.group(1)).matches()) {
                    throw new IllegalArgumentException("graph-schema/" + file + ": an earlier checksum must be a"
                            + " SHA-256 in lower-case hex (64 characters), got " + e.group(1));
                }
                earlier.add(e.group(1));
                continue;
            }
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
        return new Migration(Integer.parseInt(m.group(1)), m.group(2), file, statements, sha256(text), earlier);
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
