package newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
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

    public GraphWriter(Driver driver, SessionConfig sessionConfig) {
        this(driver, sessionConfig, RegionInference.shipped());
    }

    /** {@code regions} decides each article's region (with the user's sources table, if any). */
    public GraphWriter(Driver driver, SessionConfig sessionConfig, RegionInference regions) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.sessionConfig = Objects.requireNonNull(sessionConfig, "sessionConfig");
        this.regions = Objects.requireNonNull(regions, "regions");
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
        Record found = tx.run(LOOKUP.text(), Map.of("id", plan.id, "organizationKeys", organizationKeys,
                "parkKeys", parkKeys)).single();
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

        List<Map<String, Object>> positionOrganizations = grouped(plan.positions.stream()
                .filter(r -> r.get("organization") != null).toList(), organizationNames, "title", "organization");
        List<Map<String, Object>> organizers = grouped(plan.organizers, organizationNames, "organization", "event", "role");

        Map<String, Object> params = new HashMap<>();
        params.put("article", plan.id);
        params.put("props", plan.props);
        params.put("file", Objects.requireNonNullElse(plan.props.get("file"), ""));
        params.put("title", Objects.requireNonNullElse(plan.title, ""));
        Map<String, Object> rows = new HashMap<>();
        rows.put("reporters", plan.reporters);
        rows.put("people", plan.people);
        rows.put("organizations", organizations);
        rows.put("parks", parks);
        rows.put("projects", renamed(plan.projects, "park", parkNames));
        rows.put("positions", plan.positions);
        rows.put("positionOrganizations", positionOrganizations);
        rows.put("events", plan.events);
        rows.put("attendance", plan.attendance);
        rows.put("organizers", organizers);
        params.put("rows", rows); // one map, one plan: see write-article.cypher
        SummaryCounters c = tx.run(WRITE.text(), params).consume().counters();
        // The ledger node is bookkeeping: not counted as created.
        return new WriteResult(plan.id, plan.title, true, c.nodesCreated() - 1, c.relationshipsCreated(),
                c.propertiesSet());
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
            String name = byName.containsKey(g.name()) ? g.name()
                    : g.keys.stream().map(byName::get).filter(Objects::nonNull).findFirst()
                    .orElseGet(() -> g.keys.stream().map(byAlias::get).filter(Objects::nonNull).findFirst()
                            .orElse(g.name()));
            g.keys.forEach(k -> names.put(k, name));
            Map<String, Object> row = rows.computeIfAbsent(name, n -> {
                Map<String, Object> r = new HashMap<>();
                r.put("name", n);
                r.put("keys", new ArrayList<String>());
                r.put("kind", null);
                r.put("provenance", new ArrayList<Object>());
                return r;
            });
            addAllUnique(row, "keys", g.keys);
            addAllUnique(row, "provenance", g.provenance);
            if (row.get("kind") == null) {
                row.put("kind", g.kind);
            }
        }
        return List.copyOf(rows.values());
    }

    /**
     * The rows with their {@code names.get(...)} field renamed to the node it resolved to, and rows
     * that then share the same {@code keyFields} merged (their provenance joined), so that no two
     * rows of one write touch the same relationship.
     */
    private static List<Map<String, Object>> grouped(List<Map<String, Object>> rows, Map<String, String> names,
                                                     String... keyFields) {
        Map<List<Object>, Map<String, Object>> out = new LinkedHashMap<>();
        String renamedField = keyFields[0].equals("title") ? keyFields[1] : keyFields[0];
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new HashMap<>();
            for (String f : keyFields) {
                copy.put(f, row.get(f));
            }
            copy.put(renamedField, names.getOrDefault((String) row.get(renamedField), (String) row.get(renamedField)));
            List<Object> key = new ArrayList<>();
            for (String f : keyFields) {
                key.add(copy.get(f));
            }
            Map<String, Object> merged = out.computeIfAbsent(key, k -> {
                copy.put("provenance", new ArrayList<Object>());
                return copy;
            });
            @SuppressWarnings("unchecked")
            List<Object> provenance = (List<Object>) row.get("provenance");
            addAllUnique(merged, "provenance", provenance);
        }
        return List.copyOf(out.values());
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
