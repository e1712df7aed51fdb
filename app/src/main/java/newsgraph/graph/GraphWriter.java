package newsgraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes article extractions into the graph, each in the same transaction as its ingest-ledger
 * entry: either all of an article is in the graph and in the ledger, or none of it. Every write is a
 * MERGE on a constrained key (graph-schema/), so writing the same article again creates nothing;
 * an article whose id is already in the ledger is not written at all.
 *
 * <p>A transaction holds one article ({@link #write}) or a batch ({@link #writeAll}), with two or
 * three round trips either way, each a statement from {@code graph/}: {@code lookup} (ledger check,
 * organizations and parks by name, people and events), {@code lookup-aliases} (only when a name
 * matched nothing), then {@code write-article} (everything, ledger last). Between them this class
 * decides which node each organization, park, person and event name resolves to, article after
 * article ({@link BatchView}; the rules in {@link ArticleRows}, shared with the bulk importer's
 * {@link ImportGraph}), so a batch writes the graph that its articles written one by one would. Used by {@code ingest}, {@code demo} and the HTTP API; safe to share between threads.
 */
public final class GraphWriter {

    private static final Logger LOG = LoggerFactory.getLogger(GraphWriter.class);

    private static final CypherFile LOOKUP = CypherFile.load("lookup");
    private static final CypherFile LOOKUP_ALIASES = CypherFile.load("lookup-aliases");
    private static final CypherFile WRITE = CypherFile.load("write-article");

    private static final String AWAIT_REFRESH = "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()";

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

    /**
     * An article made ready to write (its region inferred, its names turned into keys), with no
     * access to the graph: ingest prepares articles on its extraction threads and writes them in
     * batches on one.
     */
    public static final class Prepared {
        private final ArticlePlan plan;

        private Prepared(ArticlePlan plan) {
            this.plan = plan;
        }

        public String articleId() {
            return plan.id;
        }

        public String title() {
            return plan.title;
        }
    }

    /** What happened to one article of a batch: written or found written ({@code result}), or {@code error}. */
    public record Outcome(Prepared article, WriteResult result, RuntimeException error) {
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * What a batch did: one outcome per article, in order, and the nodes and relationships the
     * batch created (the driver's counters, ledger excluded; when a batch was retried article by
     * article, the sum over the articles that committed).
     */
    public record BatchResult(List<Outcome> outcomes, long nodesCreated, long relationshipsCreated) {}

    /** Prepares one article: see {@link Prepared}. */
    public Prepared prepare(ArticleExtraction article, ArticleMetadata metadata) {
        return new Prepared(plan(regions, article, metadata));
    }

    /**
     * Has Neo4j plan the three statements before the first article comes, in a transaction that is
     * rolled back (nothing is written). Planning them takes seconds on a cold JVM (the write
     * statement is ~170 lines); Neo4j keeps one plan per statement text and parameter types, and
     * each statement takes one map parameter, which types alike empty or full, so the articles'
     * batches find these plans. Ingest calls it while its first files are being read and extracted.
     * Optional: a failure here is left for the first write to meet and report.
     */
    public void warmUp() {
        try (var session = driver.session(sessionConfig); var tx = session.beginTransaction()) {
            tx.run(LOOKUP.text(), Map.of("keys", Map.of("ids", List.of(), "organizations", List.of(), "parks", List.of(),
                    "people", List.of(), "dates", List.of()))).consume();
            tx.run(LOOKUP_ALIASES.text(), Map.of("keys", Map.of("organizations", List.of(), "parks", List.of()))).consume();
            tx.run(WRITE.text(), Map.of("batch", Map.of("articles", List.of()))).consume();
            tx.rollback();
        } catch (RuntimeException e) {
            LOG.debug("warm-up of the write statements failed: {}", e.toString());
        }
    }

    /**
     * Writes the article unless it is already in the graph, in a transaction of its own, and returns
     * once substring search finds its names ({@link #awaitSearchable}): the API and the demo write
     * this way, and whoever posted an article may search for it next.
     */
    public WriteResult write(ArticleExtraction article, ArticleMetadata metadata) {
        Prepared prepared = prepare(article, metadata);
        WriteResult result;
        try (var session = driver.session(sessionConfig)) {
            // Retried on transient errors (deadlocks between concurrent writers): nothing below mutates the plan.
            result = session.executeWrite(tx -> write(tx, List.of(prepared))).outcomes().getFirst().result();
        }
        if (result.created()) {
            awaitSearchable();
        }
        return result;
    }

    /** {@link #awaitSearchable(Driver, SessionConfig)} on this writer's database. */
    public void awaitSearchable() {
        awaitSearchable(driver, sessionConfig);
    }

    /**
     * Returns once the eventually consistent fulltext indexes ({@code entity_names}, substring search:
     * graph-schema V011; {@code entity_exact}, exact names and aliases: V016) show every transaction
     * committed before the call. Their updates are applied off the commit path, so a search right after
     * a write could miss the write; whatever writes and then lets people search (ingest at its end, a
     * posted or removed article) calls this before it answers. The writer's own alias lookup, which
     * decides identities, waits the same way inside its transaction.
     */
    public static void awaitSearchable(Driver driver, SessionConfig sessionConfig) {
        try (var session = driver.session(sessionConfig)) {
            session.run(AWAIT_REFRESH).consume();
        }
    }

    /**
     * Writes the articles in one transaction, each as {@link #write} would have written it after the
     * one before it (same nodes, keys and relationships; each with its ledger entry). When that
     * transaction fails for a reason other than a transient one (which the driver retries), the
     * articles are written again one transaction each, so that every article that can be written is,
     * and each one that cannot is reported alone, with nothing of it in the graph.
     */
    public BatchResult writeAll(List<Prepared> articles) {
        if (articles.isEmpty()) {
            return new BatchResult(List.of(), 0, 0);
        }
        try (var session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> write(tx, articles));
        } catch (RuntimeException batchFailed) {
            // Retryable even after the driver's retries (Neo4j unreachable, a leader lost): no article's
            // fault, and each one alone would wait as long again. Every other error may be one article's.
            if (articles.size() == 1 || batchFailed instanceof RetryableException) {
                return new BatchResult(articles.stream().map(p -> new Outcome(p, null, batchFailed)).toList(), 0, 0);
            }
        }
        List<Outcome> outcomes = new ArrayList<>(articles.size());
        long nodes = 0;
        long relationships = 0;
        for (Prepared p : articles) {
            BatchResult one = writeAll(List.of(p));
            outcomes.addAll(one.outcomes());
            nodes += one.nodesCreated();
            relationships += one.relationshipsCreated();
        }
        return new BatchResult(outcomes, nodes, relationships);
    }

    /**
     * One batch in one transaction: one lookup for all its articles, then each article resolved in
     * order against the graph plus what the articles before it write ({@link BatchView}), then one
     * write statement for all of them. Builds everything afresh on each call: the driver may retry it.
     */
    private BatchResult write(TransactionContext tx, List<Prepared> articles) {
        List<ArticlePlan> plans = articles.stream().map(p -> p.plan).toList();
        BatchView view = new BatchView(tx.run(LOOKUP.text(), BatchView.lookupParameters(plans)).single());
        Set<String> organizationsToAlias = new LinkedHashSet<>();
        Set<String> parksToAlias = new LinkedHashSet<>();
        for (ArticlePlan plan : plans) {
            organizationsToAlias.addAll(unresolved(plan.organizations, view::organization));
            parksToAlias.addAll(unresolved(plan.parks, view::park));
        }
        if (!organizationsToAlias.isEmpty() || !parksToAlias.isEmpty()) {
            // entity_exact is updated off the commit path (graph-schema V016): the lookup waits until it shows
            // every earlier commit, so which node a name resolves to never depends on timing.
            tx.run(AWAIT_REFRESH).consume();
            view.aliases(tx.run(LOOKUP_ALIASES.text(), Map.of("keys", Map.of("organizations",
                    List.copyOf(organizationsToAlias), "parks", List.copyOf(parksToAlias)))).single());
        }
        List<Map<String, Object>> params = new ArrayList<>();
        List<WriteResult> results = new ArrayList<>();
        int[] offsets = new int[3]; // people rows, event rows and HELD records of the batch before this article's
        for (ArticlePlan plan : plans) {
            if (view.done(plan.id)) {
                results.add(WriteResult.unchanged(plan.id, plan.title));
                continue;
            }
            Map<String, Object> article = parameters(plan, view);
            view.markGains(article);
            view.record(article);
            bind(article, offsets);
            params.add(article);
            results.add(new WriteResult(plan.id, plan.title, true, -1, relationships(article), -1));
        }
        if (params.isEmpty()) {
            return new BatchResult(outcomes(articles, results), 0, 0);
        }
        Result written = tx.run(WRITE.text(), Map.of("batch", Map.of("articles", params)));
        // The summaries (TENURE, IN_PARK, IN_ORGANIZATION: one per pair, graph-schema V007) the write created are not
        // the articles' records: not counted, as bulk load does not count them either. Every row carries the batch's total.
        List<org.neo4j.driver.Record> rows = written.list();
        long summaries = rows.isEmpty() ? 0 : rows.get(0).get("summaries").asLong();
        // The alias nodes and their links (V017) index the aliases lists: bookkeeping, not counted either.
        long aliasNodes = rows.isEmpty() ? 0 : rows.get(0).get("aliasNodes").asLong();
        long aliasLinks = rows.isEmpty() ? 0 : rows.get(0).get("aliasLinks").asLong();
        SummaryCounters c = written.consume().counters();
        // The ledger nodes are bookkeeping: not counted as created.
        long nodes = c.nodesCreated() - params.size() - aliasNodes;
        long relationships = c.relationshipsCreated() - summaries - aliasLinks;
        if (params.size() == 1) { // one article written: the counters are its own
            results = results.stream().map(r -> r.created() ? new WriteResult(r.articleId(), r.title(), true,
                    (int) nodes, (int) relationships, c.propertiesSet()) : r).toList();
        }
        return new BatchResult(outcomes(articles, results), nodes, relationships);
    }

    private static List<Outcome> outcomes(List<Prepared> articles, List<WriteResult> results) {
        List<Outcome> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            out.add(new Outcome(articles.get(i), results.get(i), null));
        }
        return out;
    }

    /**
     * Points each row that refers to a person or an event of its article at that node's place in the
     * batch-wide lists the write statement collects as it MERGEs them ({@code people}, {@code events}:
     * every article's rows in batch order), so the statement binds each node once per batch instead of
     * seeking it again by key for every HELD, ATTENDED, ORGANIZED and HELD_AT. A row's person or event
     * is always one of its own article's rows (a key is given only to the article's own people and
     * events: {@link ArticleRows}); a row without one (null key) gets no index and, as before, no record.
     */
    @SuppressWarnings("unchecked")
    private static void bind(Map<String, Object> article, int[] offsets) {
        Map<String, Object> rows = (Map<String, Object>) article.get("rows");
        Map<String, Integer> people = indices((List<Map<String, Object>>) rows.get("people"), "key", offsets[0]);
        Map<String, Integer> events = indices((List<Map<String, Object>>) rows.get("events"), "id", offsets[1]);
        List<Map<String, Object>> eventRows = (List<Map<String, Object>>) rows.get("events");
        for (int i = 0; i < eventRows.size(); i++) {
            eventRows.get(i).put("at", offsets[1] + i); // HELD_AT: the event of the row itself
        }
        // Each positions row with a person is one HELD record, collected in row order (the statement's `held`);
        // an ATTENDED row points at its person's HELD records of the article (heldAt) for its titles (V020).
        Map<String, List<Integer>> heldOf = new HashMap<>();
        int held = offsets[2];
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("positions")) {
            Integer at = people.get((String) row.get("person"));
            row.put("personAt", at);
            if (at != null) {
                heldOf.computeIfAbsent((String) row.get("person"), k -> new ArrayList<>()).add(held++);
            }
        }
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("attendance")) {
            row.put("personAt", people.get((String) row.get("person")));
            row.put("eventAt", events.get((String) row.get("event")));
            row.put("heldAt", heldOf.getOrDefault((String) row.get("person"), List.of()));
        }
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("organizers")) {
            row.put("eventAt", events.get((String) row.get("event")));
        }
        offsets[0] += ((List<?>) rows.get("people")).size();
        offsets[1] += ((List<?>) rows.get("events")).size();
        offsets[2] = held;
    }

    /** Each key of the rows to the batch-wide index of its first row. */
    private static Map<String, Integer> indices(List<Map<String, Object>> rows, String key, int offset) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            out.putIfAbsent((String) rows.get(i).get(key), offset + i);
        }
        return out;
    }

    /** The relationships an article's rows create: one per row, and LOCATED_IN and HELD_AT where named. */
    @SuppressWarnings("unchecked")
    private static int relationships(Map<String, Object> article) {
        Map<String, Object> rows = (Map<String, Object>) article.get("rows");
        int n = 0;
        for (Object list : rows.values()) {
            n += ((List<?>) list).size();
        }
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("projects")) {
            n += row.get("park") != null ? 1 : 0;
        }
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("events")) {
            n += row.get("place") != null ? 1 : 0;
        }
        return n;
    }

    /**
     * The parameters of one article for {@code write-article}, its names resolved against {@code view}
     * by the code the bulk importer uses too ({@link ArticleRows}), so both decide identities alike.
     */
    private Map<String, Object> parameters(ArticlePlan plan, BatchView view) {
        return ArticleRows.of(plan, new BatchGraphView(view), personRule).params;
    }

    /** The plan of an article in the region {@code regions} gives it (ingest and the bulk importer alike). */
    static ArticlePlan plan(RegionInference regions, ArticleExtraction article, ArticleMetadata metadata) {
        ArticleMetadata meta = Objects.requireNonNullElse(metadata, ArticleMetadata.ofFile(null));
        Objects.requireNonNull(article, "article");
        Region inferred = regions.infer(article, meta.source(), meta.region());
        return ArticlePlan.of(article.withRegion(inferred != null ? inferred : article.region()), meta);
    }

    /** A batch's view of the graph (the lookup plus what earlier articles of the batch write), as {@link GraphView}. */
    private record BatchGraphView(BatchView view) implements GraphView {
        @Override
        public Map<String, String> organizations(java.util.Collection<String> keys) {
            Map<String, String> out = new HashMap<>();
            keys.stream().filter(view::organization).forEach(k -> out.put(k, k));
            return out;
        }

        @Override
        public Map<String, String> parks(java.util.Collection<String> keys) {
            Map<String, String> out = new HashMap<>();
            keys.stream().filter(view::park).forEach(k -> out.put(k, k));
            return out;
        }

        @Override
        public Aliases aliases(java.util.Collection<String> organizationKeys, java.util.Collection<String> parkKeys) {
            Map<String, String> organizations = new HashMap<>();
            Map<String, String> parks = new HashMap<>();
            for (String k : organizationKeys) {
                String node = view.organizationByAlias(k);
                if (node != null) {
                    organizations.put(k, node);
                }
            }
            for (String k : parkKeys) {
                String node = view.parkByAlias(k);
                if (node != null) {
                    parks.put(k, node);
                }
            }
            return new Aliases(organizations, parks);
        }

        @Override
        public List<PersonRule.Candidate> people(java.util.Collection<String> names) {
            List<PersonRule.Candidate> out = new ArrayList<>();
            names.forEach(n -> out.addAll(view.people(n)));
            return out;
        }

        @Override
        public List<KnownEvent> events(java.util.Collection<LocalDate> dates) {
            return view.events(List.copyOf(dates)).stream()
                    .map(e -> new KnownEvent(e.id(), e.match(), e.region(), e.date())).toList();
        }
    }

    private static List<String> keys(List<ArticlePlan.Group> groups) {
        Set<String> keys = new LinkedHashSet<>();
        groups.forEach(g -> keys.addAll(g.keys));
        return List.copyOf(keys);
    }

    /** The keys of the groups none of whose keys is a node's key ({@code known}): to be looked up as aliases. */
    private static List<String> unresolved(List<ArticlePlan.Group> groups, java.util.function.Predicate<String> known) {
        Set<String> keys = new LinkedHashSet<>();
        for (ArticlePlan.Group g : groups) {
            if (g.keys.stream().noneMatch(known)) {
                keys.addAll(g.keys);
            }
        }
        return List.copyOf(keys);
    }
}
