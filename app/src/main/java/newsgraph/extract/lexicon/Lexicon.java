package newsgraph.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One lexicon file: rows of tab-separated columns. Format: lines starting with {@code #} are
 * comments; the first comment of the form {@code # columns: a<TAB>b} names the columns, and every
 * other non-blank line must have exactly that many tab-separated, non-empty cells. A malformed row
 * fails loading with the file name and line number. Immutable and thread-safe.
 */
public final class Lexicon {
    private final String name;
    private final List<String> columns;
    private final List<List<String>> rows;
    private final Map<String, List<String>> byKey;
    private final List<String> keysLongestFirst;
    private final Map<Character, List<String>> byFirst = new java.util.HashMap<>();
    private final Map<Character, List<String>> byLast = new java.util.HashMap<>();

    private Lexicon(String name, List<String> columns, List<List<String>> rows) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (List<String> r : rows) {
            map.putIfAbsent(r.get(0), r);
        }
        this.byKey = map;
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        this.keysLongestFirst = List.copyOf(keys);
        for (String k : keysLongestFirst) {
            byFirst.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(k);
            byLast.computeIfAbsent(k.charAt(k.length() - 1), c -> new ArrayList<>()).add(k);
        }
    }

    /** Loads {@code lexicons/NAME} from the classpath. */
    public static Lexicon load(String resourceName) {
        String path = "lexicons/" + resourceName;
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + path + " is missing from the classpath");
            }
            return parse(path, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }

    /** Parses lexicon text; {@code source} names it in error messages. */
    public static Lexicon parse(String source, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> columns = null;
        List<List<String>> rows = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                String c = line.substring(1).trim();
                if (columns == null && c.startsWith("columns:")) {
                    columns = List.of(c.substring("columns:".length()).trim().split("\t"));
                }
                continue;
            }
            if (columns == null) {
                throw new IllegalStateException(source + ":" + lineNo
                        + ": data before the '# columns: ...' header line");
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns.size()) {
                throw new IllegalStateException(source + ":" + lineNo + ": expected " + columns.size()
                        + " tab-separated columns " + columns + " but found " + cells.length + ": '" + line + "'");
            }
            List<String> row = new ArrayList<>(cells.length);
            for (String cell : cells) {
                String v = cell.strip();
                if (v.isEmpty()) {
                    throw new IllegalStateException(source + ":" + lineNo + ": empty cell in '" + line + "'");
                }
                row.add(v);
            }
            rows.add(List.copyOf(row));
        }
        if (columns == null) {
            throw new IllegalStateException(source + ": no '# columns: ...' header line");
        }
        if (rows.isEmpty()) {
            System.err.println("newsgraph: warning: lexicon " + source + " is empty");
        }
        return new Lexicon(source, columns, rows);
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return rows;
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    /** The value of column {@code column} for {@code key}, or null. */
    public String value(String key, int column) {
        List<String> r = byKey.get(key);
        return r == null ? null : r.get(column);
    }

    /** The keys (first column), longest first: ready for longest-match scanning. */
    public List<String> keysLongestFirst() {
        return keysLongestFirst;
    }

    /** The longest key that {@code text} has at {@code pos}, or null. */
    public String longestAt(CharSequence text, int pos) {
        if (pos < 0 || pos >= text.length()) {
            return null;
        }
        for (String k : byFirst.getOrDefault(text.charAt(pos), List.of())) {
            if (pos + k.length() <= text.length() && regionMatches(text, pos, k)) {
                return k;
            }
        }
        return null;
    }

    /** The longest key that {@code text} ends with at {@code end} (exclusive), or null. */
    public String longestEndingAt(CharSequence text, int end) {
        if (end <= 0 || end > text.length()) {
            return null;
        }
        for (String k : byLast.getOrDefault(text.charAt(end - 1), List.of())) {
            int s = end - k.length();
            if (s >= 0 && regionMatches(text, s, k)) {
                return k;
            }
        }
        return null;
    }

    private static boolean regionMatches(CharSequence text, int pos, String k) {
        for (int i = 0; i < k.length(); i++) {
            if (text.charAt(pos + i) != k.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Lexicon[" + name + ", " + rows.size() + " rows]";
    }

    public static Lexicon of(String name, List<String> columns, List<List<String>> rows) {
        Objects.requireNonNull(columns);
        return new Lexicon(name, columns, rows);
    }
}
