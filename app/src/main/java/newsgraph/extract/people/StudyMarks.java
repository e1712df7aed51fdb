package newsgraph.extract.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsgraph.extract.lexicon.Lexicon;

/**
 * Where the clauses of one paragraph start and end, and where its study markers (学习, 重要讲话 …,
 * lexicon {@code study-markers.tsv}) stand, computed once in one pass, so that telling whether a
 * mention is of a leader only studied or quoted costs the same for every mention whatever the
 * paragraph's length (searching the rest of the paragraph per mention made the people stage grow
 * with the square of the input).
 */
public final class StudyMarks {
    /** Characters that end a clause for this purpose. */
    static final String CLAUSE_ENDS = "，。；！？\n";

    /** The markers of one lexicon, by first character: before / after the name. */
    static final class Markers {
        private final Map<Character, List<String>> before = new HashMap<>();
        private final Map<Character, List<String>> after = new HashMap<>();

        Markers(Lexicon lexicon) {
            for (List<String> row : lexicon.rows()) {
                String w = row.get(0);
                if (w.isEmpty()) {
                    continue;
                }
                (row.get(1).equals("before") ? before : after).computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            }
        }
    }

    private final int length;
    /** clauseStart[x]: where the clause holding position x starts (after the last clause end before x). */
    private final int[] clauseStart;
    /** clauseEnd[x]: the first clause end at or after x (or the length). */
    private final int[] clauseEnd;
    /** beforeStart[x]: the latest start of a "before" marker that ends at or before x, or -1. */
    private final int[] beforeStart;
    /** afterEnd[x]: the earliest end of an "after" marker that starts at or after x, or MAX_VALUE. */
    private final int[] afterEnd;

    StudyMarks(String s, Markers markers) {
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
            List<String> bs = markers.before.get(s.charAt(k));
            if (bs != null) {
                for (String w : bs) {
                    if (s.startsWith(w, k)) {
                        int end = k + w.length();
                        beforeStart[end] = Math.max(beforeStart[end], k);
                    }
                }
            }
            List<String> as = markers.after.get(s.charAt(k));
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

    /**
     * Whether the mention is of a leader who is studied or quoted: a "before" marker inside its clause
     * before its title chain, or an "after" marker inside its clause after its name.
     */
    public boolean studied(int base, PersonMention pm) {
        int cs = Math.max(0, Math.min(length, pm.chainStart() - base));
        int e = pm.end() - base;
        if (beforeStart[cs] >= clauseStart[cs]) {
            return true;
        }
        return e >= 0 && e <= length && afterEnd[e] <= clauseEnd[e];
    }
}
