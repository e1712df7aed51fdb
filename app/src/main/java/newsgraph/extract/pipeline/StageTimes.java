package newsgraph.extract.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** CPU time spent in each stage, summed over documents; safe to share between threads. */
public final class StageTimes {
    /** Stage name → summed nanoseconds, in the order the stages first ran. */
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    public synchronized void add(String stage, long elapsedNanos) {
        nanos.merge(stage, elapsedNanos, Long::sum);
    }

    /** Stage name → summed nanoseconds, in the order the stages first ran. */
    public synchronized Map<String, Long> snapshot() {
        return new LinkedHashMap<>(nanos);
    }

    public synchronized long total() {
        return nanos.values().stream().mapToLong(Long::longValue).sum();
    }
}
