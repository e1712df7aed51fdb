package newsgraph.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newsgraph.extract.Extractor;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.WriteResult;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.DocumentExtraction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/**
 * Rewrites the whole graph from the articles it stores, with today's rules: how an existing store
 * upgrades to a new graph shape (README, "Upgrading a store"), and how a new decisions file or
 * sources table reaches articles already written. Each article is written again from the
 * extraction kept in its ledger entry; an article of an older store without one is extracted again
 * from its stored text (with its stored date and source). A region given at ingest is kept.
 *
 * <p>It reads every stored article first, then deletes the domain graph (schema and its
 * bookkeeping stay), then writes the articles oldest first, each in its own transaction as ingest
 * does. Stopped midway, the store holds the articles written so far; the read list is gone, so run
 * ingest again from the original files (or restore a backup) — take a backup of a large store first.
 */
public final class Rebuilder {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One stored article: what is needed to write it again. */
    record Stored(String id, String extraction, String text, String title, LocalDate date, String source, String file,
                  String url, String givenRegion) {}

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final GraphWriter writer;
    private final Extractor extractor;

    /** {@code extractor} is used only for articles stored without their extraction (older stores). */
    public Rebuilder(Driver driver, SessionConfig sessionConfig, GraphWriter writer, Extractor extractor) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.sessionConfig = Objects.requireNonNull(sessionConfig, "sessionConfig");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.extractor = extractor;
    }

    /** Rewrites the graph; returns the numbers of stored articles and of articles written. */
    public int[] rebuild() {
        List<Stored> stored = read();
        try (var session = driver.session(sessionConfig)) {
            session.run("MATCH (n) WHERE NOT n:__SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                    .consume();
        }
        int written = 0;
        for (Stored s : stored) {
            ArticleMetadata meta = new ArticleMetadata(s.file, s.source, s.url, s.date, s.givenRegion);
            for (ArticleExtraction a : extractions(s)) {
                WriteResult r = writer.write(a, meta);
                if (r.created()) {
                    written++;
                }
            }
        }
        return new int[] {stored.size(), written};
    }

    private List<Stored> read() {
        try (var session = driver.session(sessionConfig)) {
            List<Record> rows = session.executeRead(tx -> tx.run("""
                    MATCH (a:Article)
                    OPTIONAL MATCH (l:__IngestedArticle {id: a.id})
                    RETURN a.id AS id, l.extraction AS extraction, a.text AS text, a.title AS title, a.date AS date,
                           a.source AS source, a.file AS file, a.url AS url,
                           CASE WHEN a.regionBasis = 'given' THEN a.region END AS region
                    ORDER BY a.date, a.file, a.start, a.id""").list());
            List<Stored> out = new ArrayList<>(rows.size());
            for (Record r : rows) {
                out.add(new Stored(r.get("id").asString(), r.get("extraction").asString(null), r.get("text").asString(null),
                        r.get("title").asString(null), r.get("date").isNull() ? null : r.get("date").asLocalDate(),
                        r.get("source").asString(null), r.get("file").asString(null), r.get("url").asString(null),
                        r.get("region").asString(null)));
            }
            return out;
        }
    }

    private List<ArticleExtraction> extractions(Stored s) {
        if (s.extraction != null) {
            try {
                return List.of(JSON.readValue(s.extraction, ArticleExtraction.class));
            } catch (IOException e) {
                throw new UncheckedIOException("article " + s.id + ": stored extraction unreadable: " + e.getMessage(), e);
            }
        }
        if (s.text == null || extractor == null) {
            return List.of();
        }
        DocumentExtraction d = extractor.extract(Objects.requireNonNullElse(s.file, s.id), s.text, s.date);
        if (d.error() != null) {
            return List.of();
        }
        // The stored title wins where the extractor found none in the body alone.
        return d.articles().stream().map(a -> a.title() == null && s.title != null ? a.withTitle(s.title) : a).toList();
    }
}
