package newsgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
    /**
     * The first characters of all the words: most characters of a text start none, and a bit test
     * rejects them before the maps are asked (which would box each character).
     */
    private final BitSet firsts = new BitSet();

    /** Words that, right before an "after" word, cancel it (an optional third column, {@code -} for none). */
    private final Map<String, List<String>> unlessAfter = new HashMap<>();

    public ClauseWords(Lexicon words) {
        for (List<String> row : words.rows()) {
            String w = row.get(0);
            if (!w.isEmpty()) {
                (row.get(1).equals("before") ? before : after).computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
                firsts.set(w.charAt(0));
                if (row.size() > 2 && !row.get(2).equals("-")) {
                    unlessAfter.put(w, List.of(row.get(2).split(",")));
                }
            }
        }
    }

    /** Whether {@code c} is one of {@link #CLAUSE_ENDS} (a switch: the scans ask at every character). */
    private static boolean endsClause(char c) {
        return switch (c) {
            case '，', '。', '；', '！', '？', '\n' -> true;
            default -> false;
        };
    }

    /** Whether the "after" word {@code w} at {@code k} of {@code s} counts: no cancelling word ends right before it. */
    private boolean counts(String s, int k, String w) {
        List<String> unless = unlessAfter.get(w);
        if (unless != null) {
            for (String u : unless) {
                if (k >= u.length() && s.startsWith(u, k - u.length())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The words and clause bounds of {@code s}. */
    public Index in(String s) {
        return new Index(s);
    }

    /** A reader of {@code s} for questions asked at increasing positions (see {@link Scan}). */
    public Scan scan(String s) {
        return new Scan(s);
    }

    /**
     * The answers of an {@link Index} for a few questions asked at increasing positions of one text,
     * found by reading only near them: no arrays over the whole text (a text that names a year once
     * paid for four). {@link #beforeWithin} reads [from, to), which callers keep short;
     * {@link #afterInClause} reads each clause at most once while positions increase.
     */
    public final class Scan {
        private final String s;
        /** The clause read last by {@link #afterInClause}: from {@code readFrom} to its end {@code readEnd}. */
        private int readFrom = -1;
        private int readEnd = -1;
        /** The latest start of an "after" word lying wholly in [readFrom, readEnd), or -1. */
        private int latestAfter = -1;

        private Scan(String s) {
            this.s = s;
        }

        /** {@code max(clauseStart(x), x - window)} of an {@link Index}: reads at most {@code window} characters. */
        public int clauseStartWithin(int x, int window) {
            int floor = Math.max(0, x - window);
            for (int j = x - 1; j >= floor; j--) {
                if (endsClause(s.charAt(j))) {
                    return j + 1;
                }
            }
            return floor;
        }

        /** Whether a "before" word stands wholly inside [from, to). */
        public boolean beforeWithin(int from, int to) {
            for (int k = Math.max(0, from); k < to; k++) {
                List<String> bs = firsts.get(s.charAt(k)) ? before.get(s.charAt(k)) : null;
                if (bs != null) {
                    for (String w : bs) {
                        if (k + w.length() <= to && s.startsWith(w, k)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Whether an "after" word stands wholly inside [x, the end of the clause holding x). */
        public boolean afterInClause(int x) {
            if (x < readFrom || x > readEnd) {
                int end = x;
                while (end < s.length() && !endsClause(s.charAt(end))) {
                    end++;
                }
                readFrom = x;
                readEnd = end;
                latestAfter = -1;
                for (int k = x; k < end; k++) {
                    List<String> as = firsts.get(s.charAt(k)) ? after.get(s.charAt(k)) : null;
                    if (as != null) {
                        for (String w : as) {
                            if (k + w.length() <= end && s.startsWith(w, k) && counts(s, k, w)) {
                                latestAfter = k;
                            }
                        }
                    }
                }
            }
            return latestAfter >= x;
        }
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
                clauseStart[x] = endsClause(s.charAt(x - 1)) ? x : clauseStart[x - 1];
            }
            clauseEnd[n] = n;
            for (int x = n - 1; x >= 0; x--) {
                clauseEnd[x] = endsClause(s.charAt(x)) ? x : clauseEnd[x + 1];
            }
            Arrays.fill(beforeStart, -1);
            Arrays.fill(afterEnd, Integer.MAX_VALUE);
            for (int k = 0; k < n; k++) {
                List<String> bs = firsts.get(s.charAt(k)) ? before.get(s.charAt(k)) : null;
                if (bs != null) {
                    for (String w : bs) {
                        if (s.startsWith(w, k)) {
                            beforeStart[k + w.length()] = Math.max(beforeStart[k + w.length()], k);
                        }
                    }
                }
                List<String> as = firsts.get(s.charAt(k)) ? after.get(s.charAt(k)) : null;
                if (as != null) {
                    for (String w : as) {
                        if (s.startsWith(w, k) && counts(s, k, w)) {
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
