package newsgraph.extract.text;

/**
 * The one definition of where a clause and a sentence end in Chinese news text, for every rule
 * that scans for punctuation. A clause ends at a comma, a full stop, a semicolon, a colon, an
 * exclamation or question mark, or a line break; an enumeration comma (、) does not end one (甲、乙出席
 * is one clause). A sentence ends at 。！？ only. Stateless.
 */
public final class Clauses {
    /** The marks that end a clause. */
    public static final String ENDS = "，。；：！？\n";
    /** The marks that end a sentence. */
    public static final String SENTENCE_ENDS = "。！？";
    /** A regex character class of one character inside a clause (no clause end). */
    public static final String INSIDE = "[^，。；：！？\\n]";

    private Clauses() {
    }

    /** Whether {@code c} is one of {@link #ENDS} (a switch: scans call this at every character). */
    public static boolean isEnd(char c) {
        return switch (c) {
            case '，', '。', '；', '：', '！', '？', '\n' -> true;
            default -> false;
        };
    }

    /** Whether {@code c} is one of {@link #SENTENCE_ENDS}. */
    public static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？';
    }

    /** Where the clause holding {@code pos} starts: just after the last clause end before it. */
    public static int start(CharSequence s, int pos) {
        int cs = pos;
        while (cs > 0 && !isEnd(s.charAt(cs - 1))) {
            cs--;
        }
        return cs;
    }

    /** Where the clause holding {@code pos} ends: at the next clause end, or the text's end. */
    public static int end(CharSequence s, int pos) {
        int ce = pos;
        while (ce < s.length() && !isEnd(s.charAt(ce))) {
            ce++;
        }
        return ce;
    }

    /**
     * Where the sentence holding {@code pos} starts, reading back at most {@code max} characters: just
     * after the last {@link #SENTENCE_ENDS} mark or line break (a paragraph ends its last sentence).
     */
    public static int sentenceStart(CharSequence s, int pos, int max) {
        int ss = pos;
        while (ss > 0 && pos - ss < max && !endsSentenceOrLine(s.charAt(ss - 1))) {
            ss--;
        }
        return ss;
    }

    /** Where the sentence holding {@code pos} ends (exclusive), reading on at most {@code max} characters. */
    public static int sentenceEnd(CharSequence s, int pos, int max) {
        int se = pos;
        while (se < s.length() && se - pos < max && !endsSentenceOrLine(s.charAt(se))) {
            se++;
        }
        return se;
    }

    private static boolean endsSentenceOrLine(char c) {
        return isSentenceEnd(c) || c == '\n';
    }
}
