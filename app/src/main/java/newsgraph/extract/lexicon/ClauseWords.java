package newsgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a lexicon whose second column says whether they count {@code before} or after
 * something in its clause (study markers, year-context words), located in a text once, in one pass,
 * with the text's clause bounds: asking whether such a word stands in a stretch of a clause then
 * costs the same whatever the text's length. (Searching the rest of the text for every word at
 * every mention grew with the square of the input.)
 */
public final class ClauseWords {
    /** Characters that end a clause. */
    public static final String CLAUSE_ENDS = "，。；！？\n";

    private final Map<Character, List<String>> before = new HashMap<>();
    private final Map<Character, List<String>> after = new HashMap<>();

    public ClauseWords(Lexicon words) {
        for (List<String> row : words.rows()) {
            String w = row.get(0);
            if (!w.isEmpty()) {
                (row.get(1).equals("before") ? before : after).computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            }
        }
    }

    /** The words and clause bounds of {@code s}. */
    public Index in(String s) {
        return new Index(s);
    }

    /** Clause bounds and word positions of one text. */
    public final class Index {
        private final int length;
        /** clauseStart[x]: where the clause holding position x starts (after the last clause end before x). */
        private final int[] clauseStart;
        /** clauseEnd[x]: the first clause end at or after x (or the length). */
        private final int[] clauseEnd;
        /** beforeStart[x]: the latest start of a "before" word ending at or before x, or -1. */
        private final int[] beforeStart;
        /** afterEnd[x]: the earliest end of an "after" word starting at or after x, or MAX_VALUE. */
        private final int[] afterEnd;

        private Index(String s) {
            int n = s.length();
            length = n;
            clauseStart = new int[n + 1];
            clauseEnd = new int[n + 1];
            beforeStart = new int[n + 1];
            afterEnd = new int[n + 1];
            for (int x = 1; x <= n; x++) {
                clauseStart[x] = CLAUSE_ENDS.indexOf(s.charAt(x - 1)) >= 0 ? x : clauseStart[x - 1];
            }
            clauseEnd[n] = n;
            for (int x = n - 1; x >= 0; x--) {
                clauseEnd[x] = CLAUSE_ENDS.indexOf(s.charAt(x)) >= 0 ? x : clauseEnd[x + 1];
            }
            Arrays.fill(beforeStart, -1);
            Arrays.fill(afterEnd, Integer.MAX_VALUE);
            for (int k = 0; k < n; k++) {
                List<String> bs = before.get(s.charAt(k));
                if (bs != null) {
                    for (String w : bs) {
                        if (s.startsWith(w, k)) {
                            beforeStart[k + w.length()] = Math.max(beforeStart[k + w.length()], k);
                        }
                    }
                }
                List<String> as = after.get(s.charAt(k));
                if (as != null) {
                    for (String w : as) {
                        if (s.startsWith(w, k)) {
                            afterEnd[k] = Math.min(afterEnd[k], k + w.length());
                        }
                    }
                }
            }
            for (int x = 1; x <= n; x++) {
                beforeStart[x] = Math.max(beforeStart[x], beforeStart[x - 1]);
            }
            for (int x = n - 1; x >= 0; x--) {
                afterEnd[x] = Math.min(afterEnd[x], afterEnd[x + 1]);
            }
        }

        public int length() {
            return length;
        }

        /** Where the clause holding position {@code x} (0..length) starts. */
        public int clauseStart(int x) {
            return clauseStart[x];
        }

        /** The first clause end at or after {@code x} (0..length), or the length. */
        public int clauseEnd(int x) {
            return clauseEnd[x];
        }

        /** Whether a "before" word stands wholly inside [from, to). */
        public boolean beforeWithin(int from, int to) {
            return beforeStart[to] >= from;
        }

        /** Whether an "after" word stands wholly inside [from, to). */
        public boolean afterWithin(int from, int to) {
            return afterEnd[from] <= to;
        }
    }
}
