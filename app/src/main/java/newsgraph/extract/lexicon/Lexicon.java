package newsgraph.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One lexicon file: rows of tab-separated columns. Format: lines starting with {@code #} are
 * comments; the first comment of the form {@code # columns: a<TAB>b} names the columns, and every
 * other non-blank line must have exactly that many tab-separated, non-empty cells. A malformed row
 * fails loading with the file name and line number. Immutable and thread-safe. Longest-match lookups
 * at or ending at a position walk a trie (forward, and one over the reversed keys) built once at load.
 */
public final class Lexicon {
    private final String name;
    private final List<String> columns;
    private final List<List<String>> rows;
    private final Map<String, List<String>> byKey;
    private final List<String> keysLongestFirst;
    private final Node forward = new Node();
    private final Node backward = new Node();
    /**
     * The first and the last characters of the keys: most positions of a text start or end no key,
     * and one bit test rejects them before the trie is touched (the scans call these lookups at
     * every character of a page).
     */
    private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);
    private final BitSet lastChars = new BitSet(Character.MAX_VALUE + 1);

    /** A trie node; {@code key} is set where a key ends. Built once in the constructor, then read-only. */
    private static final class Node {
        Map<Character, Node> next = new java.util.HashMap<>(4);
        String key;
        /**
         * After {@link #freeze}: the children's characters and the children in the same order; a
         * node with more than 8 children (the roots: hundreds) has them in an open-addressing table
         * (at most half full, linear probing) instead, one or two probes where a binary search took eight.
         */
        char[] chars;
        Node[] kids;
        int mask;

        /** Replaces the build-time map by arrays (no boxing on lookup), recursively. */
        void freeze() {
            int n = next.size();
            if (n <= 8) {
                chars = new char[n];
                kids = new Node[n];
                int i = 0;
                for (Map.Entry<Character, Node> e : new java.util.TreeMap<>(next).entrySet()) {
                    chars[i] = e.getKey();
                    kids[i++] = e.getValue();
                }
            } else {
                int size = Integer.highestOneBit(n * 2 - 1) << 1;
                chars = new char[size];
                kids = new Node[size];
                mask = size - 1;
                for (Map.Entry<Character, Node> e : next.entrySet()) {
                    int h = slot(e.getKey());
                    while (kids[h] != null) {
                        h = (h + 1) & mask;
                    }
                    chars[h] = e.getKey();
                    kids[h] = e.getValue();
                }
            }
            for (Node k : next.values()) {
                k.freeze();
            }
            next = null;
        }

        private int slot(char c) {
            return (c * 0x9E3779B1 >>> 16) & mask;
        }

        Node child(char c) {
            char[] cs = chars;
            if (mask == 0) {
                for (int i = 0; i < cs.length; i++) {
                    if (cs[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            for (int h = slot(c); ; h = (h + 1) & mask) {
                Node k = kids[h];
                if (k == null || cs[h] == c) {
                    return k;
                }
            }
        }
    }

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
            Node f = forward;
            for (int i = 0; i < k.length(); i++) {
                f = f.next.computeIfAbsent(k.charAt(i), c -> new Node());
            }
            f.key = k;
            Node b = backward;
            for (int i = k.length() - 1; i >= 0; i--) {
                b = b.next.computeIfAbsent(k.charAt(i), c -> new Node());
            }
            b.key = k;
            firstChars.set(k.charAt(0));
            lastChars.set(k.charAt(k.length() - 1));
        }
        forward.freeze();
        backward.freeze();
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
        if (pos < 0 || pos >= text.length() || !firstChars.get(text.charAt(pos))) {
            return null;
        }
        String best = null;
        Node n = forward;
        for (int i = pos; i < text.length(); i++) {
            n = n.child(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.key != null) {
                best = n.key;
            }
        }
        return best;
    }

    /** The longest key that {@code text} ends with at {@code end} (exclusive), or null. */
    public String longestEndingAt(CharSequence text, int end) {
        if (end <= 0 || end > text.length() || !lastChars.get(text.charAt(end - 1))) {
            return null;
        }
        String best = null;
        Node n = backward;
        for (int i = end - 1; i >= 0; i--) {
            n = n.child(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.key != null) {
                best = n.key;
            }
        }
        return best;
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
