package newsgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * How names become keys: the same rule the scorer uses (NFKC, no whitespace, no quote marks), so
 * {@code 杨 光} and {@code 杨光}, or {@code “链长制”} and {@code 链长制}, are one key. Also the content
 * hashes that give articles and events their ids.
 */
public final class Names {

    private static final String QUOTES = "\"'“”‘’《》〈〉「」『』";

    private Names() {}

    /** The key form of a name; null or blank gives null. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && QUOTES.indexOf(c) < 0)
                .forEach(out::appendCodePoint);
        return out.isEmpty() ? null : out.toString();
    }

    /** The first {@code hexChars} hex digits of the SHA-256 of {@code text} (UTF-8). */
    public static String hash(String text, int hexChars) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
