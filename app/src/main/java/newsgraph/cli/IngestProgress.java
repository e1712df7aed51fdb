package newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import newsgraph.graph.WriteResult;
import newsgraph.ingest.Ingester;

/**
 * Progress of an ingest on stderr: a bar over the files with articles/s on a terminal, a plain
 * line every few seconds otherwise (logs, pipes, CI).
 */
final class IngestProgress implements Ingester.Listener, AutoCloseable {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final ProgressBar bar;
    private final PrintStream plain;
    private final int files;
    private final long started = System.nanoTime();
    private long lastLine = started;
    private int filesDone;
    private int articles;

    IngestProgress(int files, boolean terminal) {
        this.files = files;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250).build();
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

    private double rate() {
        double s = (System.nanoTime() - started) / 1e9;
        return s == 0 ? 0 : articles / s;
    }

    @Override
    public void article(WriteResult result) {
        articles++;
        if (bar != null) {
            bar.setExtraMessage(String.format(" %d articles, %.0f articles/s", articles, rate()));
        }
        maybePrint();
    }

    @Override
    public void fileDone(Path file, int articlesInFile, String error) {
        filesDone++;
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
            plain.printf("ingest: %d/%d files, %d articles, %.1f articles/s%n", filesDone, files, articles, rate());
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
