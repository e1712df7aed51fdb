package newsgraph.extract.pipeline;

import java.util.Set;
import newsgraph.extract.article.ArticleSplitter;

/** Stage 2: the page split into articles by {@link ArticleSplitter}; teasers, sidebars and credits set aside. */
public final class SplitStage implements Stage {
    private final ArticleSplitter splitter = new ArticleSplitter();

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
