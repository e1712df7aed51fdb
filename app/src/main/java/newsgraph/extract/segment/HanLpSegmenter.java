package newsgraph.extract.segment;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The only class that talks to HanLP: a Viterbi segmenter with person-name recognition (the
 * dictionaries of the portable jar; see ../shared/notes/hanlp.md for what they can and cannot do).
 * Place and organization recognition are off: they cut names more often than they find them, and
 * our own suffix rules do better. One shared instance is safe on several threads.
 */
public final class HanLpSegmenter implements Segmenter {
    private final Segment segment;

    public HanLpSegmenter() {
        this.segment = new ViterbiSegment()
                .enableNameRecognize(true)
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
        if (text.isEmpty()) {
            return List.of();
        }
        return convert(segment.seg(text));
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
