package newsgraph.ingest;

import java.time.Duration;

/** The closing account of an ingest run. */
public record IngestSummary(int files, int filesFailed, int articlesNew, int articlesUnchanged, int articlesFailed,
                            long nodesCreated, long relationshipsCreated, Duration elapsed) {

    public double articlesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s == 0 ? 0 : (articlesNew + articlesUnchanged) / s;
    }

    public double relationshipsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s == 0 ? 0 : relationshipsCreated / s;
    }

    public String describe() {
        return String.format("articles: %d new, %d unchanged, %d failed (files: %d, %d failed); "
                        + "created %d nodes, %d relationships; %.1f s, %.1f articles/s",
                articlesNew, articlesUnchanged, articlesFailed, files, filesFailed,
                nodesCreated, relationshipsCreated, elapsed.toNanos() / 1e9, articlesPerSecond());
    }
}
