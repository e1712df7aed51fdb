package newsgraph.extract.pipeline;

import java.util.Set;

/**
 * One step of the extractor over one {@link Document}. A stage reads the slots it {@link #requires}
 * and fills the slots it {@link #produces}; it keeps no state between documents, so one instance
 * serves several threads.
 */
public interface Stage {
    /** A short name for timings and error messages. */
    String name();

    Set<Slot> requires();

    Set<Slot> produces();

    void run(Document doc);
}
