package newsgraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsgraph.extract.region.RegionInference;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Region;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.summary.SummaryCounters;

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
 * article ({@link BatchView}), so a batch writes the graph that its articles written one by one
 * would. Used by {@code ingest}, {@code demo} and the HTTP API; safe to share between threads.
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
        ArticleMetadata meta = Objects.requireNonNullElse(metadata, ArticleMetadata.ofFile(null));
        Objects.requireNonNull(article, "article");
        Region inferred = regions.infer(article, meta.source(), meta.region());
        return new Prepared(ArticlePlan.of(article.withRegion(inferred != null ? inferred : article.region()), meta));
    }

    /** Writes the article unless it is already in the graph, in a transaction of its own. */
    public WriteResult write(ArticleExtraction article, ArticleMetadata metadata) {
        Prepared prepared = prepare(article, metadata);
        try (var session = driver.session(sessionConfig)) {
            // Retried on transient errors (deadlocks between concurrent writers): nothing below mutates the plan.
            return session.executeWrite(tx -> write(tx, List.of(prepared))).outcomes().getFirst().result();
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
            view.aliases(tx.run(LOOKUP_ALIASES.text(), Map.of("organizationKeys", List.copyOf(organizationsToAlias),
                    "parkKeys", List.copyOf(parksToAlias))).single());
        }
        List<Map<String, Object>> params = new ArrayList<>();
        List<WriteResult> results = new ArrayList<>();
        for (ArticlePlan plan : plans) {
            if (view.done(plan.id)) {
                results.add(WriteResult.unchanged(plan.id, plan.title));
                continue;
            }
            Map<String, Object> article = parameters(plan, view);
            view.record(article);
            params.add(article);
            results.add(new WriteResult(plan.id, plan.title, true, -1, relationships(article), -1));
        }
        if (params.isEmpty()) {
            return new BatchResult(outcomes(articles, results), 0, 0);
        }
        SummaryCounters c = tx.run(WRITE.text(), Map.of("articles", params)).consume().counters();
        // The ledger nodes are bookkeeping: not counted as created.
        long nodes = c.nodesCreated() - params.size();
        if (params.size() == 1) { // one article written: the counters are its own
            results = results.stream().map(r -> r.created() ? new WriteResult(r.articleId(), r.title(), true,
                    (int) nodes, c.relationshipsCreated(), c.propertiesSet()) : r).toList();
        }
        return new BatchResult(outcomes(articles, results), nodes, c.relationshipsCreated());
    }

    private static List<Outcome> outcomes(List<Prepared> articles, List<WriteResult> results) {
        List<Outcome> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            out.add(new Outcome(articles.get(i), results.get(i), null));
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

    /** The parameters of one article for {@code write-article}, its names resolved against {@code view}. */
    private Map<String, Object> parameters(ArticlePlan plan, BatchView view) {
        Map<String, String> organizationsByName = new HashMap<>();
        Map<String, String> parksByName = new HashMap<>();
        keys(plan.organizations).stream().filter(view::organization).forEach(k -> organizationsByName.put(k, k));
        keys(plan.parks).stream().filter(view::park).forEach(k -> parksByName.put(k, k));
        Map<String, String> organizationsByAlias = new HashMap<>();
        Map<String, String> parksByAlias = new HashMap<>();
        for (String k : unresolved(plan.organizations, organizationsByName::containsKey)) {
            String node = view.organizationByAlias(k);
            if (node != null) {
                organizationsByAlias.put(k, node);
            }
        }
        for (String k : unresolved(plan.parks, parksByName::containsKey)) {
            String node = view.parkByAlias(k);
            if (node != null) {
                parksByAlias.put(k, node);
            }
        }
        Map<String, String> organizationNames = new HashMap<>();
        Map<String, String> parkNames = new HashMap<>();
        List<Map<String, Object>> organizations = resolve(plan.organizations, organizationsByName, organizationsByAlias, organizationNames);
        List<Map<String, Object>> parks = resolve(plan.parks, parksByName, parksByAlias, parkNames);

        Map<String, String> personKeys = people(plan, view, organizationNames);
        Map<String, String> eventIds = events(plan, view);
        List<Map<String, Object>> people = new ArrayList<>();
        for (ArticlePlan.PersonPlan p : plan.people.values()) {
            people.add(ArticlePlan.row("key", personKeys.get(p.name), "name", p.name, "official", p.official,
                    "regions", plan.region == null ? List.of() : plan.region.jurisdictions(),
                    "region", plan.region == null ? null : plan.region.name(),
                    "positions", List.copyOf(p.positions),
                    "organizations", p.organizations.stream().map(o -> organizationNames.getOrDefault(o, o)).distinct().toList(),
                    "latestTitle", p.latestTitle, "date", plan.date, "evidence", p.evidence));
        }
        String outlet = (String) plan.props.get("source");
        List<Map<String, Object>> reporters = plan.reporters.stream()
                .map(name -> ArticlePlan.row("key", PersonRule.reporter(name, outlet, plan.region), "name", name))
                .toList();
        List<Map<String, Object>> positions = new ArrayList<>();
        Map<List<Object>, Map<String, Object>> positionOrganizations = new LinkedHashMap<>();
        for (Map<String, Object> r : plan.positions) {
            Map<String, Object> copy = new HashMap<>(r);
            copy.put("person", personKeys.get((String) r.get("person")));
            positions.add(copy);
            String org = (String) r.get("organization");
            if (org != null) {
                String renamed = organizationNames.getOrDefault(org, org);
                positionOrganizations.putIfAbsent(List.of(r.get("key"), renamed),
                        ArticlePlan.row("key", r.get("key"), "organization", renamed, "evidence", r.get("evidence")));
            }
        }
        Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        for (Map<String, Object> e : plan.events) {
            String id = eventIds.get((String) e.get("id"));
            Map<String, Object> merged = events.get(id);
            if (merged == null) {
                Map<String, Object> copy = new HashMap<>(e);
                copy.put("id", id);
                copy.put("aliases", new ArrayList<>((List<?>) e.get("aliases")));
                events.put(id, copy);
            } else {
                merged.put("reported", (Boolean) merged.get("reported") || (Boolean) e.get("reported"));
                addAllUnique(merged, "aliases", (List<?>) e.get("aliases"));
                addAllUnique(merged, "aliases", List.of(e.get("name")));
            }
        }
        Map<List<Object>, Map<String, Object>> attendance = new LinkedHashMap<>();
        for (Map<String, Object> r : plan.attendance) {
            String person = personKeys.get((String) r.get("person"));
            String event = eventIds.get((String) r.get("event"));
            Map<String, Object> copy = new HashMap<>(r);
            copy.put("person", person);
            copy.put("event", event);
            attendance.putIfAbsent(List.of(person, event, r.get("role")), copy);
        }
        Map<List<Object>, Map<String, Object>> organizers = new LinkedHashMap<>();
        for (Map<String, Object> r : plan.organizers) {
            String org = organizationNames.getOrDefault((String) r.get("organization"), (String) r.get("organization"));
            String event = eventIds.get((String) r.get("event"));
            Map<String, Object> copy = new HashMap<>(r);
            copy.put("organization", org);
            copy.put("event", event);
            organizers.putIfAbsent(List.of(org, event, r.get("role")), copy);
        }

        Map<String, Object> params = new HashMap<>();
        params.put("article", plan.id);
        params.put("props", plan.props);
        params.put("file", Objects.requireNonNullElse(plan.props.get("file"), ""));
        params.put("title", Objects.requireNonNullElse(plan.title, ""));
        params.put("extraction", plan.extractionJson);
        Map<String, Object> rows = new HashMap<>();
        rows.put("reporters", reporters);
        rows.put("people", people);
        rows.put("organizations", organizations);
        rows.put("parks", parks);
        rows.put("projects", renamed(plan.projects, "park", parkNames));
        rows.put("positions", positions);
        rows.put("positionOrganizations", List.copyOf(positionOrganizations.values()));
        rows.put("events", List.copyOf(events.values()));
        rows.put("attendance", List.copyOf(attendance.values()));
        rows.put("organizers", List.copyOf(organizers.values()));
        params.put("rows", rows); // one map, one plan: see write-article.cypher
        return params;
    }

    /** Each person of the plan (by name) mapped to the key of the person they are ({@link PersonRule}). */
    private Map<String, String> people(ArticlePlan plan, BatchView view, Map<String, String> organizationNames) {
        Map<String, List<PersonRule.Candidate>> byName = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (String name : plan.people.keySet()) {
            List<PersonRule.Candidate> candidates = view.people(name);
            byName.put(name, candidates);
            candidates.forEach(c -> taken.add(c.key()));
        }
        Map<String, String> keys = new HashMap<>();
        for (ArticlePlan.PersonPlan p : plan.people.values()) {
            Set<String> organizations = new HashSet<>();
            p.organizations.forEach(o -> organizations.add(organizationNames.getOrDefault(o, o)));
            String key = personRule.official(p.name, p.positions, organizations, plan.region,
                    byName.getOrDefault(p.name, List.of()), taken);
            taken.add(key);
            keys.put(p.name, key);
        }
        return keys;
    }

    /**
     * Each event of the plan (by its own id) mapped to the id it is written under: an existing event
     * of the same date and region that names the same act ({@link EventKeys#sameAct}), else its own.
     */
    private static Map<String, String> events(ArticlePlan plan, BatchView view) {
        Map<String, String> ids = new HashMap<>();
        List<LocalDate> dates = plan.events.stream().map(e -> (LocalDate) e.get("date")).filter(Objects::nonNull)
                .distinct().toList();
        List<BatchView.EventNode> existing = view.events(dates);
        for (Map<String, Object> e : plan.events) {
            String id = (String) e.get("id");
            String region = (String) e.get("region");
            String match = (String) e.get("match");
            String target = id;
            boolean local = e.get("date") == null || plan.region == null || Relative.is((String) e.get("name"));
            // Same date, same region, the same act named two ways (EventKeys.sameAct).
            if (!local && existing.stream().noneMatch(v -> v.id().equals(id))) {
                for (BatchView.EventNode v : existing) {
                    if (v.region() != null && v.region().equals(region) && v.date().equals(e.get("date"))
                            && v.match() != null && EventKeys.sameAct(v.match(), match)) {
                        target = v.id();
                        break;
                    }
                }
            }
            ids.put(id, target);
        }
        return ids;
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

    /**
     * Decides the node each group (one organization or park as the article names it) goes to: the
     * node named by one of its keys (its own name preferred), else the node carrying one of its
     * keys as an alias, else a new node under its first name. Fills {@code names} with every key
     * mapped to that node name, and returns one write row per node.
     */
    private static List<Map<String, Object>> resolve(List<ArticlePlan.Group> groups, Map<String, String> byName,
                                                     Map<String, String> byAlias, Map<String, String> names) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (ArticlePlan.Group g : groups) {
            String key;
            if (g.localKey != null) {
                key = g.localKey; // a relative name of an unknown region: the article's own node
            } else {
                key = byName.containsKey(g.name()) ? byName.get(g.name())
                        : g.keys.stream().map(byName::get).filter(Objects::nonNull).findFirst()
                        .orElseGet(() -> g.keys.stream().map(byAlias::get).filter(Objects::nonNull).findFirst()
                                .orElse(g.name()));
            }
            g.keys.forEach(k -> names.put(k, key));
            names.put(g.name(), key);
            Map<String, Object> row = rows.computeIfAbsent(key, n -> {
                Map<String, Object> r = new HashMap<>();
                r.put("key", n);
                r.put("name", g.name());
                r.put("aliases", new ArrayList<String>());
                r.put("kind", null);
                r.put("local", g.localKey != null);
                r.put("evidence", Objects.requireNonNullElse(g.evidence, ArticlePlan.entry(null)));
                return r;
            });
            addAllUnique(row, "aliases", g.keys);
            addAllUnique(row, "aliases", g.written);
            if (row.get("kind") == null) {
                row.put("kind", g.kind);
            }
        }
        return List.copyOf(rows.values());
    }

    /** The rows with {@code field} (a key) replaced by the name it resolved to. */
    private static List<Map<String, Object>> renamed(List<Map<String, Object>> rows, String field, Map<String, String> names) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Object key = row.get(field);
            if (key == null || !names.containsKey(key)) {
                out.add(row);
            } else {
                Map<String, Object> copy = new HashMap<>(row);
                copy.put(field, names.get(key));
                out.add(copy);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> void addAllUnique(Map<String, Object> row, String field, java.util.Collection<T> values) {
        List<T> list = (List<T>) row.get(field);
        for (T v : values) {
            if (!list.contains(v)) {
                list.add(v);
            }
        }
    }
}
