package newsgraph.graph;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsgraph.extract.region.RegionInference;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Region;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes one article extraction into the graph, in one transaction with its ingest-ledger entry:
 * either all of the article is in the graph and in the ledger, or none of it. Every write is a
 * MERGE on a constrained key (graph-schema/), so writing the same article again creates nothing;
 * an article whose id is already in the ledger is not written at all.
 *
 * <p>Two or three round trips per article, each a statement from {@code graph/}: {@code lookup}
 * (ledger check, organizations and parks by name), {@code lookup-aliases} (only when a name
 * matched nothing), then {@code write-article} (everything, ledger last). Between them this class
 * decides which node each organization and park name resolves to ({@link ArticleRows}, shared with
 * the bulk importer's {@link ImportGraph}). Used by {@code ingest},
 * {@code demo} and the HTTP API; safe to share between threads.
 */
public final class GraphWriter {

    private static final CypherFile LOOKUP = CypherFile.load("lookup");
    private static final CypherFile LOOKUP_ALIASES = CypherFile.load("lookup-aliases");
    private static final CypherFile WRITE = CypherFile.load("write-article");

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final RegionInference regions;
    private final PersonRule personRule;

    public GraphWriter(Driver driver, SessionConfig sessionConfig) {
        this(driver, sessionConfig, RegionInference.shipped());
    }

    /** {@code regions} decides each article's region (with the user's sources table, if any). */
    public GraphWriter(Driver driver, SessionConfig sessionConfig, RegionInference regions) {
        this(driver, sessionConfig, regions, PersonDecisions.NONE);
    }

    /** {@code decisions}: an analyst's merges and splits of people, applied to every article written. */
    public GraphWriter(Driver driver, SessionConfig sessionConfig, RegionInference regions, PersonDecisions decisions) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.sessionConfig = Objects.requireNonNull(sessionConfig, "sessionConfig");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.personRule = new PersonRule(Objects.requireNonNull(decisions, "decisions"));
    }

    /** The id the article would get, without writing it (a hash of its text). */
    public static String articleId(ArticleExtraction article, ArticleMetadata metadata) {
        return ArticlePlan.articleId(article, Objects.requireNonNullElse(metadata, ArticleMetadata.ofFile(null)));
    }

    /** Writes the article unless it is already in the graph. */
    public WriteResult write(ArticleExtraction article, ArticleMetadata metadata) {
        ArticlePlan plan = plan(regions, article, metadata);
        try (var session = driver.session(sessionConfig)) {
            // Retried on transient errors (deadlocks between concurrent writers): nothing below mutates the plan.
            return session.executeWrite(tx -> write(tx, plan));
        }
    }

    /** The article's plan, in the region {@code regions} gives it (ingest and the bulk importer alike). */
    static ArticlePlan plan(RegionInference regions, ArticleExtraction article, ArticleMetadata metadata) {
        ArticleMetadata meta = Objects.requireNonNullElse(metadata, ArticleMetadata.ofFile(null));
        Objects.requireNonNull(article, "article");
        Region inferred = regions.infer(article, meta.source(), meta.region());
        return ArticlePlan.of(article.withRegion(inferred != null ? inferred : article.region()), meta);
    }

    private WriteResult write(TransactionContext tx, ArticlePlan plan) {
        Map<String, Object> lookup = new HashMap<>();
        lookup.put("id", plan.id);
        lookup.put("organizationKeys", keys(plan.organizations));
        lookup.put("parkKeys", keys(plan.parks));
        lookup.put("personNames", List.copyOf(plan.people.keySet()));
        lookup.put("eventDates", ArticleRows.eventDates(plan));
        Record found = tx.run(LOOKUP.text(), lookup).single();
        if (found.get("done").asBoolean()) {
            return WriteResult.unchanged(plan.id, plan.title);
        }
        ArticleRows rows = ArticleRows.of(plan, new Found(tx, found), personRule);
        SummaryCounters c = tx.run(WRITE.text(), rows.params).consume().counters();
        // The ledger node is bookkeeping: not counted as created.
        return new WriteResult(plan.id, plan.title, true, c.nodesCreated() - 1, c.relationshipsCreated(),
                c.propertiesSet());
    }

    private static List<String> keys(List<ArticlePlan.Group> groups) {
        Set<String> keys = new LinkedHashSet<>();
        groups.forEach(g -> keys.addAll(g.keys));
        return List.copyOf(keys);
    }

    /**
     * The graph as {@code lookup.cypher} answered for the plan's names (one round trip), and
     * {@code lookup-aliases.cypher} run only when some name matched nothing.
     */
    private record Found(TransactionContext tx, Record found) implements GraphView {

        @Override
        public Map<String, String> organizations(Collection<String> keys) {
            return pairs(found.get("organizations"));
        }

        @Override
        public Map<String, String> parks(Collection<String> keys) {
            return pairs(found.get("parks"));
        }

        @Override
        public Aliases aliases(Collection<String> organizationKeys, Collection<String> parkKeys) {
            Record r = tx.run(LOOKUP_ALIASES.text(), Map.of("organizationKeys", List.copyOf(organizationKeys),
                    "parkKeys", List.copyOf(parkKeys))).single();
            return new Aliases(pairs(r.get("organizations")), pairs(r.get("parks")));
        }

        @Override
        public List<PersonRule.Candidate> people(Collection<String> names) {
            return found.get("people").asList(v -> new PersonRule.Candidate(v.get("key").asString(), v.get("name").asString(),
                    v.get("regions").asList(Value::asString), v.get("positions").asList(Value::asString),
                    v.get("organizations").asList(Value::asString)));
        }

        @Override
        public List<KnownEvent> events(Collection<LocalDate> dates) {
            return found.get("events").asList(v -> new KnownEvent(v.get("id").asString(),
                    v.get("match").isNull() ? null : v.get("match").asString(),
                    v.get("region").isNull() ? null : v.get("region").asString(), v.get("date").asLocalDate()));
        }

        private static Map<String, String> pairs(Value list) {
            Map<String, String> out = new HashMap<>();
            list.asList(v -> v).forEach(v -> out.putIfAbsent(v.get("key").asString(), v.get("name").asString()));
            return out;
        }
    }
}
