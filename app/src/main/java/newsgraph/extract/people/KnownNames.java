package newsgraph.extract.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names found anchored in a document, longest first (ties in the order given), in a character
 * trie: one pass over a paragraph finds every occurrence of every name, where searching the paragraph
 * once per name made propagation grow with names × text. Built once per document.
 */
public final class KnownNames {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        int rank = -1;
    }

    private final Node root = new Node();
    /** The names' first characters: a position no name starts at is passed by one bit test, without boxing its character. */
    private final BitSet firsts = new BitSet();
    private final List<String> names;

    public KnownNames(Collection<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.names = List.copyOf(sorted);
        for (int r = 0; r < sorted.size(); r++) {
            Node n = root;
            firsts.set(sorted.get(r).charAt(0));
            for (char c : sorted.get(r).toCharArray()) {
                n = n.next.computeIfAbsent(c, x -> new Node());
            }
            if (n.rank < 0) {
                n.rank = r;
            }
        }
    }

    String name(int rank) {
        return names.get(rank);
    }

    /**
     * The occurrences of the names in {@code s} as {@code rank << 32 | position}, sorted: names
     * longest first, each name's occurrences left to right, an occurrence overlapping the previous
     * one of the same name left out (as repeated {@code indexOf} from the end of the last match).
     */
    long[] occurrences(String s) {
        Map<Integer, Integer> nextFrom = new HashMap<>();
        long[] out = new long[16];
        int count = 0;
        for (int k = 0; k < s.length(); k++) {
            if (!firsts.get(s.charAt(k))) {
                continue;
            }
            Node n = root;
            for (int x = k; x < s.length(); x++) {
                n = n.next.get(s.charAt(x));
                if (n == null) {
                    break;
                }
                if (n.rank >= 0 && k >= nextFrom.getOrDefault(n.rank, 0)) {
                    nextFrom.put(n.rank, x + 1);
                    if (count == out.length) {
                        out = Arrays.copyOf(out, count * 2);
                    }
                    out[count++] = (long) n.rank << 32 | k;
                }
            }
        }
        long[] sorted = Arrays.copyOf(out, count);
        Arrays.sort(sorted);
        return sorted;
    }
}
