package newsgraph.extract.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsgraph.extract.article.ArticleSplitter;
import newsgraph.extract.article.BylineParser;
import newsgraph.extract.lexicon.Lexicon;

/**
 * Stage 2: the page split into articles by {@link ArticleSplitter}; teasers, sidebars and credits set
 * aside. Reads the family names (surnames.tsv) to split bylines whose names are printed without
 * separators.
 */
public final class SplitStage implements Stage {
    private final ArticleSplitter splitter;

    public SplitStage(Lexicon surnames) {
        Set<String> names = new HashSet<>();
        for (List<String> row : surnames.rows()) {
            names.add(row.get(0));
        }
        this.splitter = new ArticleSplitter(new BylineParser(names));
    }

    @Override
    public String name() {
        return "split";
    }

    @Override
    public Set<Slot> requires() {
        return Set.of(Slot.CLEAN_TEXT);
    }

    @Override
    public Set<Slot> produces() {
        return Set.of(Slot.ARTICLES);
    }

    @Override
    public void run(Document doc) {
        doc.setPage(splitter.split(doc.clean()));
    }
}
