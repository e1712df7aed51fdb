package newsgraph.extract.pipeline;

import java.util.Set;
import newsgraph.extract.text.PageCleaner;

/** Stage 1: the raw text de-wrapped and cleaned by {@link PageCleaner}, offsets kept. */
public final class CleanStage implements Stage {
    private final PageCleaner cleaner = new PageCleaner();

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Set<Slot> requires() {
        return Set.of();
    }

    @Override
    public Set<Slot> produces() {
        return Set.of(Slot.CLEAN_TEXT);
    }

    @Override
    public void run(Document doc) {
        doc.setClean(cleaner.clean(doc.raw()));
    }
}
