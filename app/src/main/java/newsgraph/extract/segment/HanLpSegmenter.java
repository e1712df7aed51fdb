package newsgraph.extract.segment;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The only class that talks to HanLP (the dictionaries of the portable jar; see
 * ../shared/notes/hanlp.md for what they can and cannot do). Whole paragraphs go through the bare
 * Viterbi segmenter: person-name recognition doubles HanLP's cost and our title chains find most
 * names without it, so it runs only on the short windows after a title ({@link #segmentNames}).
 * Place and organization recognition are off: they cut names more often than they find them, and
 * our own suffix rules do better. One shared instance is safe on several threads.
 */
public final class HanLpSegmenter implements Segmenter {
    private final Segment segment;
    private final Segment withNames;

    public HanLpSegmenter() {
        this.withNames = new ViterbiSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableOffset(true);
        this.segment = new ViterbiSegment()
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableOffset(true);
    }

    /** HanLP's bare Viterbi segmenter without any recognition: the benchmark's reference. */
    public static Segmenter bareViterbi() {
        Segment bare = new ViterbiSegment().enableNameRecognize(false).enableOffset(true);
        return text -> convert(bare.seg(text));
    }

    @Override
    public List<Token> segment(String text) {
        List<Token> out = new ArrayList<>(text.length() / 2);
        segmentInto(text, 0, out);
        return out;
    }

    @Override
    public void segmentInto(String text, int shift, List<Token> out) {
        // HanLP's cost grows faster than the length of what it is given: segment clause by clause
        // (no word spans CLAUSE_ENDS), shifting offsets back to the text's (a text that is one
        // clause, as the segment stage gives it, is not copied)
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Segmenter.isClauseEnd(text.charAt(i))) {
                addShifted(out, from == 0 && i == text.length() - 1 ? text : text.substring(from, i + 1), from + shift);
                from = i + 1;
            }
        }
        if (from < text.length()) {
            addShifted(out, from == 0 ? text : text.substring(from), from + shift);
        }
    }

    private void addShifted(List<Token> out, String chunk, int shift) {
        for (Term t : segment.seg(chunk)) {
            if (!t.word.isBlank()) {
                String pos = t.nature == null ? "x" : t.nature.toString();
                out.add(new Token(t.word, pos, t.offset + shift, t.offset + shift + t.word.length()));
            }
        }
    }

    @Override
    public List<Token> segmentNames(String window) {
        if (window.isEmpty()) {
            return List.of();
        }
        return convert(withNames.seg(window));
    }

    private static List<Token> convert(List<Term> terms) {
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            if (t.word.isBlank()) {
                continue;
            }
            String pos = t.nature == null ? "x" : t.nature.toString();
            out.add(new Token(t.word, pos, t.offset, t.offset + t.word.length()));
        }
        return out;
    }
}
