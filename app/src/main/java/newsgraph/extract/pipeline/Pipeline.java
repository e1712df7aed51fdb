package newsgraph.extract.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Stages run in order over one document. Built once: the constructor checks that each stage's
 * required slots are produced by an earlier stage, and names the stage and the missing slot
 * otherwise, instead of failing halfway through the first document.
 */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        Set<Slot> have = EnumSet.noneOf(Slot.class);
        for (Stage s : this.stages) {
            for (Slot need : s.requires()) {
                if (!have.contains(need)) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' requires " + need
                            + ", which no earlier stage produces");
                }
            }
            have.addAll(s.produces());
        }
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage over {@code doc}; {@code times} (may be null) receives the CPU time each stage
     * took on this thread (less disturbed by other work on the machine than the clock).
     */
    public Document run(Document doc, StageTimes times) {
        ThreadMXBean cpu = times == null ? null : ManagementFactory.getThreadMXBean();
        for (Stage s : stages) {
            Cancellation.check();
            long t0 = cpu == null ? 0 : cpu.getCurrentThreadCpuTime();
            s.run(doc);
            if (cpu != null) {
                times.add(s.name(), cpu.getCurrentThreadCpuTime() - t0);
            }
        }
        return doc;
    }
}
