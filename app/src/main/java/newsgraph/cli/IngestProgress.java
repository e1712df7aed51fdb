package newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import newsgraph.graph.WriteResult;
import newsgraph.ingest.Ingester;

/**
 * Progress of an ingest on stderr: a bar over the files with articles/s and time left on a
 * terminal, a plain line every few seconds otherwise (logs, pipes, CI). Rate and time left leave
 * out the first file's warm-up ({@link IngestPace}).
 */
final class IngestProgress implements Ingester.Listener, AutoCloseable {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final ProgressBar bar;
    private final PrintStream plain;
    private final int files;
    private final IngestPace pace = new IngestPace();
    private long lastLine = System.nanoTime();
    private int filesDone;
    private int articles;

    IngestProgress(int files, boolean terminal) {
        this.files = files;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250)
                    .setEtaFunction(state -> remaining()).build();
            plain = null;
        } else {
            bar = null;
            plain = System.err;
        }
    }

    /** Whether stderr is a terminal (Console.isTerminal on Java 22+, System.console() on 21). */
    static boolean isTerminal() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) console.getClass().getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private synchronized java.util.Optional<java.time.Duration> remaining() {
        return pace.remaining(System.nanoTime(), filesDone, files);
    }

    private String rate() {
        return IngestPace.formatRate(pace.articlesPerSecond(System.nanoTime(), articles));
    }

    @Override
    public synchronized void article(WriteResult result) {
        articles++;
        if (bar != null) {
            bar.setExtraMessage(" " + articles + " articles, " + rate());
        }
        maybePrint();
    }

    @Override
    public synchronized void fileDone(Path file, int articlesInFile, String error) {
        filesDone++;
        pace.fileDone(System.nanoTime(), filesDone, articles);
        if (bar != null) {
            bar.step();
        } else if (error != null) {
            plain.printf("ingest: %s: %s%n", file, error);
        }
        maybePrint();
    }

    private void maybePrint() {
        long now = System.nanoTime();
        if (plain != null && now - lastLine >= PLAIN_EVERY_NANOS) {
            lastLine = now;
            plain.printf("ingest: %d/%d files, %d articles, %s%s%n", filesDone, files, articles, rate(),
                    remaining().map(d -> ", about " + IngestPace.formatDuration(d) + " left").orElse(""));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
