package newsgraph.extract.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.extract.article.Article;
import newsgraph.extract.segment.Segmenter;
import newsgraph.extract.segment.Token;
import newsgraph.extract.segment.WordTriggers;
import newsgraph.extract.text.Paragraph;

/**
 * Stage 4: the words of every body paragraph and caption, clause by clause (no word spans
 * 。！？；，). With {@link WordTriggers}, only the clauses that hold a trigger word are segmented —
 * the others are never read word by word, and skipping them halves the segmenter's work; their
 * tokens are simply absent. Without triggers every clause is segmented (the reference the
 * selective mode is tested against).
 */
public final class SegmentStage implements Stage {
    private final Segmenter segmenter;
    private final WordTriggers triggers;

    /** {@code triggers} null: segment every clause. */
    public SegmentStage(Segmenter segmenter, WordTriggers triggers) {
        this.segmenter = segmenter;
        this.triggers = triggers;
    }

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Set<Slot> requires() {
        return Set.of(Slot.CLEAN_TEXT, Slot.ARTICLES);
    }

    @Override
    public Set<Slot> produces() {
        return Set.of(Slot.TOKENS);
    }

    @Override
    public void run(Document doc) {
        String t = doc.text();
        Map<Paragraph, List<Token>> tokens = new HashMap<>();
        for (Article a : doc.page().articles()) {
            for (List<Paragraph> ps : List.of(a.body(), a.captions())) {
                for (Paragraph p : ps) {
                    tokens.put(p, segment(t.substring(p.start(), p.end())));
                }
            }
        }
        doc.setTokens(tokens);
    }

    private List<Token> segment(String paragraph) {
        List<Token> out = new ArrayList<>(paragraph.length() / 3);
        WordTriggers.Paragraph words = triggers == null ? null : triggers.in(paragraph);
        int from = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            if (Segmenter.isClauseEnd(paragraph.charAt(i)) || i == paragraph.length() - 1) {
                Cancellation.check();
                if (words == null || words.foundIn(from, i + 1)) {
                    segmenter.segmentInto(paragraph.substring(from, i + 1), from, out);
                }
                from = i + 1;
            }
        }
        return out;
    }
}
