package newsgraph.graph;

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
 * decides which node each organization and park name resolves to. Used by {@code ingest},
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
        ArticleMetadata meta = Objects.requireNonNullElse(metadata, ArticleMetadata.ofFile(null));
        Objects.requireNonNull(article, "article");
        Region inferred = regions.infer(article, meta.source(), meta.region());
        ArticlePlan plan = ArticlePlan.of(article.withRegion(inferred != null ? inferred : article.region()), meta);
        try (var session = driver.session(sessionConfig)) {
            // Retried on transient errors (deadlocks between concurrent writers): nothing below mutates the plan.
            return session.executeWrite(tx -> write(tx, plan));
        }
    }

    private WriteResult write(TransactionContext tx, ArticlePlan plan) {
        List<String> organizationKeys = keys(plan.organizations);
        List<String> parkKeys = keys(plan.parks);
        Map<String, Object> lookup = new HashMap<>();
        lookup.put("id", plan.id);
        lookup.put("organizationKeys", organizationKeys);
        lookup.put("parkKeys", parkKeys);
        lookup.put("personNames", List.copyOf(plan.people.keySet()));
        lookup.put("eventDates", plan.events.stream().map(e -> e.get("date")).filter(Objects::nonNull).distinct().toList());
        Record found = tx.run(LOOKUP.text(), lookup).single();
        if (found.get("done").asBoolean()) {
            return WriteResult.unchanged(plan.id, plan.title);
        }
        Map<String, String> organizationsByName = pairs(found.get("organizations"));
        Map<String, String> parksByName = pairs(found.get("parks"));
        Map<String, String> organizationsByAlias = Map.of();
        Map<String, String> parksByAlias = Map.of();
        List<String> unresolvedOrganizations = unresolved(plan.organizations, organizationsByName);
        List<String> unresolvedParks = unresolved(plan.parks, parksByName);
        if (!unresolvedOrganizations.isEmpty() || !unresolvedParks.isEmpty()) {
            Record aliases = tx.run(LOOKUP_ALIASES.text(), Map.of("organizationKeys", unresolvedOrganizations,
                    "parkKeys", unresolvedParks)).single();
            organizationsByAlias = pairs(aliases.get("organizations"));
            parksByAlias = pairs(aliases.get("parks"));
        }
        Map<String, String> organizationNames = new HashMap<>();
        Map<String, String> parkNames = new HashMap<>();
        List<Map<String, Object>> organizations = resolve(plan.organizations, organizationsByName, organizationsByAlias, organizationNames);
        List<Map<String, Object>> parks = resolve(plan.parks, parksByName, parksByAlias, parkNames);

        Map<String, String> personKeys = people(plan, found.get("people"), organizationNames);
        Map<String, String> eventIds = events(plan, found.get("events"));

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
        SummaryCounters c = tx.run(WRITE.text(), params).consume().counters();
        // The ledger node is bookkeeping: not counted as created.
        return new WriteResult(plan.id, plan.title, true, c.nodesCreated() - 1, c.relationshipsCreated(),
                c.propertiesSet());
    }

    /** Each person of the plan (by name) mapped to the key of the person they are ({@link PersonRule}). */
    private Map<String, String> people(ArticlePlan plan, Value found, Map<String, String> organizationNames) {
        Map<String, List<PersonRule.Candidate>> byName = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Value v : found.values()) {
            PersonRule.Candidate c = new PersonRule.Candidate(v.get("key").asString(), v.get("name").asString(),
                    v.get("regions").asList(Value::asString), v.get("positions").asList(Value::asString),
                    v.get("organizations").asList(Value::asString));
            byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
            taken.add(c.key());
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
    private static Map<String, String> events(ArticlePlan plan, Value found) {
        Map<String, String> ids = new HashMap<>();
        List<Value> existing = found.asList(v -> v);
        for (Map<String, Object> e : plan.events) {
            String id = (String) e.get("id");
            String region = (String) e.get("region");
            String match = (String) e.get("match");
            String target = id;
            boolean local = e.get("date") == null || plan.region == null || Relative.is((String) e.get("name"));
            // Same date, same region, the same act named two ways (EventKeys.sameAct).
            if (!local && existing.stream().noneMatch(v -> v.get("id").asString().equals(id))) {
                for (Value v : existing) {
                    if (!v.get("region").isNull() && v.get("region").asString().equals(region)
                            && v.get("date").asLocalDate().equals(e.get("date"))
                            && !v.get("match").isNull() && EventKeys.sameAct(v.get("match").asString(), match)) {
                        target = v.get("id").asString();
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

    private static List<String> unresolved(List<ArticlePlan.Group> groups, Map<String, String> byName) {
        Set<String> keys = new LinkedHashSet<>();
        for (ArticlePlan.Group g : groups) {
            if (g.keys.stream().noneMatch(byName::containsKey)) {
                keys.addAll(g.keys);
            }
        }
        return List.copyOf(keys);
    }

    private static Map<String, String> pairs(Value list) {
        Map<String, String> out = new HashMap<>();
        list.asList(v -> v).forEach(v -> out.putIfAbsent(v.get("key").asString(), v.get("name").asString()));
        return out;
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
