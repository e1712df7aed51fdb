package newsgraph.cli;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Rate and time left of an ingest, over the files of about the last 30 seconds and never counting
 * the first file: that one carries the one-off warm-up (HanLP's dictionaries, Neo4j planning its
 * first queries), and the JIT keeps speeding things up for a while after, so a rate since the
 * start reads "0 articles/s" and overstates the time left several times over.
 * Times are {@link System#nanoTime()} values passed in, so it is tested without a clock.
 */
final class IngestPace {

    static final long WINDOW_NANOS = 30_000_000_000L;

    private record Mark(long at, int files, int articles) {}

    /** The end of each recent file; the first is the base the rate is counted from. */
    private final ArrayDeque<Mark> marks = new ArrayDeque<>();

    /** Call after each file with the totals so far; the first call ends the warm-up. */
    void fileDone(long now, int filesDone, int articles) {
        marks.addLast(new Mark(now, filesDone, articles));
        // Move the base forward while the next mark is still at least a window old.
        while (marks.size() > 2 && now - second().at() >= WINDOW_NANOS) {
            marks.removeFirst();
        }
    }

    private Mark second() {
        var it = marks.iterator();
        it.next();
        return it.next();
    }

    /** Articles per second over the window; empty until there is something to divide. */
    OptionalDouble articlesPerSecond(long now, int articles) {
        Mark base = marks.peekFirst();
        if (base == null || now <= base.at() || articles == base.articles()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((articles - base.articles()) / ((now - base.at()) / 1e9));
    }

    /** Time left for the remaining files at the pace of the window; empty until a file was timed. */
    Optional<Duration> remaining(long now, int filesDone, int filesTotal) {
        Mark base = marks.peekFirst();
        if (base == null || filesDone <= base.files()) {
            return Optional.empty();
        }
        long perFile = (now - base.at()) / (filesDone - base.files());
        return Optional.of(Duration.ofNanos(perFile * Math.max(0, filesTotal - filesDone)));
    }

    /** "3.4 articles/s" (whole numbers from 10 on), or "warming up" before there is a rate. */
    static String formatRate(OptionalDouble rate) {
        if (rate.isEmpty()) {
            return "warming up";
        }
        double r = rate.getAsDouble();
        return String.format(r < 10 ? "%.1f articles/s" : "%.0f articles/s", r);
    }

    /** "1 h 02 min", "3 min 05 s", "42 s". */
    static String formatDuration(Duration d) {
        long s = Math.round(d.toMillis() / 1000.0);
        if (s >= 3600) {
            return String.format("%d h %02d min", s / 3600, s % 3600 / 60);
        }
        return s >= 60 ? String.format("%d min %02d s", s / 60, s % 60) : s + " s";
    }
}
