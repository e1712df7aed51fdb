package newsgraph.extract.people;

import newsgraph.extract.lexicon.ClauseWords;

/**
 * The clauses and study markers (学习, 重要讲话 …, lexicon {@code study-markers.tsv}) of one
 * paragraph, located once ({@link ClauseWords}), so that telling whether a mention is of a leader
 * only studied or quoted costs the same for every mention whatever the paragraph's length.
 */
public final class StudyMarks {
    private final ClauseWords.Index index;

    StudyMarks(ClauseWords.Index index) {
        this.index = index;
    }

    /**
     * Whether the mention is of a leader who is studied or quoted: a "before" marker inside its clause
     * before its title chain, or an "after" marker inside its clause after its name.
     */
    public boolean studied(int base, PersonMention pm) {
        return studied(base, pm, 0);
    }

    /**
     * As {@link #studied(int, PersonMention)}, a "before" word counting only after {@code after} (in
     * the clean text: where the person named before ends), so that a word inside another name of a list
     * (以 in a name such as 刘以安) marks nobody after it.
     */
    public boolean studied(int base, PersonMention pm, int after) {
        int cs = Math.max(0, Math.min(index.length(), pm.chainStart() - base));
        int e = pm.end() - base;
        int from = Math.max(index.clauseStart(cs), Math.min(cs, after - base));
        return index.beforeWithin(from, cs)
                || e >= 0 && e <= index.length() && index.afterWithin(e, index.clauseEnd(e));
    }
}
