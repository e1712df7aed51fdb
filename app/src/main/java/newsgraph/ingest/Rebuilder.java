package newsgraph.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import newsgraph.extract.Extractor;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
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
 * bookkeeping stay), then writes the articles oldest first through {@link Ingester}, as ingest
 * writes files: stored articles parsed (or extracted again) on a few threads, written by one writer
 * in batches of up to {@link Ingester.Settings#batch} per transaction, each with its ledger entry,
 * so the graph is the one writing them one by one in that order gives. An article that cannot be
 * written is reported and left out; the others are written. Stopped midway, the store holds the
 * batches written so far; the read list is gone, so run ingest again from the original files (or
 * restore a backup) — take a backup of a large store first.
 */
public final class Rebuilder {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Stored articles per unit of work of the extraction threads. */
    private static final int UNIT = 100;

    /** One stored article: what is needed to write it again. */
    record Stored(String id, String extraction, String text, String title, LocalDate date, String source, String file,
                  String url, String givenRegion) {}

    /** What a rebuild did: articles stored before it, written again, and not written (reported in the log). */
    public record Rebuilt(int stored, int written, int failed) {}

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final GraphWriter writer;
    private final Extractor extractor;
    private final Ingester.Settings settings;

    /** {@code extractor} is used only for articles stored without their extraction (older stores). */
    public Rebuilder(Driver driver, SessionConfig sessionConfig, GraphWriter writer, Extractor extractor) {
        this(driver, sessionConfig, writer, extractor, Ingester.Settings.defaults());
    }

    /** {@code settings}: threads, read-ahead and batch size, as for ingest ({@link Ingester.Settings#oneByOne}: one per transaction). */
    public Rebuilder(Driver driver, SessionConfig sessionConfig, GraphWriter writer, Extractor extractor,
                     Ingester.Settings settings) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.sessionConfig = Objects.requireNonNull(sessionConfig, "sessionConfig");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.extractor = extractor;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Rewrites the graph from its stored articles. */
    public Rebuilt rebuild() {
        List<Stored> stored = read();
        try (var session = driver.session(sessionConfig)) {
            session.run("MATCH (n) WHERE NOT n:__SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                    .consume();
        }
        AtomicInteger unreadable = new AtomicInteger();
        // One document per stored article, named by the article's id, so each finds its own metadata.
        Map<String, Stored> byId = new HashMap<>();
        stored.forEach(s -> byId.put(s.id, s));
        List<Ingester.Unit> units = new ArrayList<>();
        for (int from = 0; from < stored.size(); from += UNIT) {
            List<Stored> part = stored.subList(from, Math.min(stored.size(), from + UNIT));
            units.add(new Ingester.Unit(Path.of("stored articles " + (from + 1) + "-" + (from + part.size())),
                    () -> part.stream().map(s -> document(s, unreadable)).toList(),
                    document -> metadata(byId.get(document.file()))));
        }
        Ingester ingester = new Ingester(writer, ArticleExtractor.NONE, null, null, null, settings);
        IngestSummary summary = ingester.run(units, new Ingester.Listener() {});
        return new Rebuilt(stored.size(), summary.articlesNew(), summary.articlesFailed() + unreadable.get());
    }

    /** The stored article as a document to write, or, when it cannot be read, one that says why (reported by ingest). */
    private DocumentExtraction document(Stored s, AtomicInteger unreadable) {
        try {
            return new DocumentExtraction(s.id, extractions(s), null);
        } catch (RuntimeException e) {
            unreadable.incrementAndGet();
            return new DocumentExtraction(s.id, List.of(), e.getMessage());
        }
    }

    private static ArticleMetadata metadata(Stored s) {
        return new ArticleMetadata(s.file, s.source, s.url, s.date, s.givenRegion);
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
