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
        int cs = Math.max(0, Math.min(index.length(), pm.chainStart() - base));
        int e = pm.end() - base;
        return index.beforeWithin(index.clauseStart(cs), cs)
                || e >= 0 && e <= index.length() && index.afterWithin(e, index.clauseEnd(e));
    }
}
