package newsgraph.extract.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** CPU time spent in each stage, summed over documents; safe to share between threads. */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Boolean> order = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    public void add(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, k -> {
            order.put(k, Boolean.TRUE);
            return new LongAdder();
        }).add(elapsedNanos);
    }

    /** Stage name → summed nanoseconds, in the order the stages first ran. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        synchronized (order) {
            for (String k : order.keySet()) {
                out.put(k, nanos.get(k).sum());
            }
        }
        return out;
    }

    public long total() {
        return nanos.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
