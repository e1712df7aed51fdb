package newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsgraph.model.ArticleExtraction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes one article extraction into the graph, in one transaction with its ingest-ledger entry:
 * either all of the article is in the graph and in the ledger, or none of it. Every write is a
 * MERGE on a constrained key (graph-schema/), so writing the same article again creates nothing;
 * an article whose id is already in the ledger is not written at all.
 *
 * <p>The statements are {@code graph/*.cypher} resources, one per file, run in this order:
 * article, reporters, people, organizations, parks, projects, positions, events, attendance,
 * organizers, then the provenance of every relationship touched, then the ledger. Used by
 * {@code ingest}, {@code demo} and the HTTP API; safe to share between threads.
 */
public final class GraphWriter {

    private static final CypherFile LEDGER_CHECK = CypherFile.load("ledger-check");
    private static final CypherFile LEDGER = CypherFile.load("write-ledger");
    private static final CypherFile ARTICLE = CypherFile.load("write-article");
    private static final CypherFile REPORTERS = CypherFile.load("write-reporters");
    private static final CypherFile PEOPLE = CypherFile.load("write-people");
    private static final CypherFile ORGANIZATIONS = CypherFile.load("write-organizations");
    private static final CypherFile PARKS = CypherFile.load("write-parks");
    private static final CypherFile PROJECTS = CypherFile.load("write-projects");
    private static final CypherFile POSITIONS = CypherFile.load("write-positions");
    private static final CypherFile EVENTS = CypherFile.load("write-events");
    private static final CypherFile ATTENDANCE = CypherFile.load("write-attendance");
    private static final CypherFile ORGANIZERS = CypherFile.load("write-organizers");
    private static final CypherFile PROVENANCE = CypherFile.load("write-provenance");

    /** How names of one entity kind are resolved: by node name first, then by alias. */
    private record Resolver(CypherFile byName, CypherFile byAlias, CypherFile write) {}

    private static final Resolver ORGANIZATION_RESOLVER = new Resolver(
            CypherFile.load("resolve-organization-by-name"), CypherFile.load("resolve-organization-by-alias"), ORGANIZATIONS);
    private static final Resolver PARK_RESOLVER = new Resolver(
            CypherFile.load("resolve-park-by-name"), CypherFile.load("resolve-park-by-alias"), PARKS);

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public GraphWriter(Driver driver, SessionConfig sessionConfig) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.sessionConfig = Objects.requireNonNull(sessionConfig, "sessionConfig");
    }

    /** The id the article would get, without writing it (a hash of its text). */
    public static String articleId(ArticleExtraction article, ArticleMetadata metadata) {
        return ArticlePlan.articleId(article, metadata);
    }

    /** Whether the article is already in the graph. */
    public boolean contains(String articleId) {
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run(LEDGER_CHECK.text(), Map.of("id", articleId)).single().get("done").asBoolean());
        }
    }

    /** Writes the article unless it is already in the graph. */
    public WriteResult write(ArticleExtraction article, ArticleMetadata metadata) {
        ArticlePlan plan = ArticlePlan.of(Objects.requireNonNull(article, "article"),
                Objects.requireNonNullElse(metadata, ArticleMetadata.ofFile(null)));
        try (var session = driver.session(sessionConfig)) {
            // A retried transaction starts over from a fresh plan state: nothing below mutates the plan.
            return session.executeWrite(tx -> write(tx, plan));
        }
    }

    private WriteResult write(TransactionContext tx, ArticlePlan plan) {
        if (tx.run(LEDGER_CHECK.text(), Map.of("id", plan.id)).single().get("done").asBoolean()) {
            return WriteResult.unchanged(plan.id, plan.title);
        }
        Counts counts = new Counts();
        Map<String, List<Object>> provenance = new LinkedHashMap<>();
        String article = plan.id;

        counts.add(tx.run(ARTICLE.text(), Map.of("id", article, "props", plan.props)).consume().counters());
        run(tx, REPORTERS, article, plan.reporters, counts, provenance);
        run(tx, PEOPLE, article, plan.people, counts, provenance);
        Map<String, String> organizations = resolve(tx, ORGANIZATION_RESOLVER, article, plan.organizations, counts, provenance);
        Map<String, String> parks = resolve(tx, PARK_RESOLVER, article, plan.parks, counts, provenance);
        run(tx, PROJECTS, article, renamed(plan.projects, "park", parks), counts, provenance);
        run(tx, POSITIONS, article, renamed(plan.positions, "organization", organizations), counts, provenance);
        run(tx, EVENTS, article, plan.events, counts, provenance);
        run(tx, ATTENDANCE, article, plan.attendance, counts, provenance);
        run(tx, ORGANIZERS, article, renamed(plan.organizers, "organization", organizations), counts, provenance);

        List<Map<String, Object>> provenanceRows = new ArrayList<>();
        provenance.forEach((rel, entries) -> provenanceRows.add(Map.of("rel", rel, "provenance", entries)));
        if (!provenanceRows.isEmpty()) {
            counts.add(tx.run(PROVENANCE.text(), Map.of("rows", provenanceRows)).consume().counters());
        }
        tx.run(LEDGER.text(), Map.of("id", article, "file", Objects.requireNonNullElse(plan.props.get("file"), ""),
                "title", Objects.requireNonNullElse(plan.title, ""))).consume();
        return new WriteResult(article, plan.title, true, counts.nodes, counts.relationships, counts.properties);
    }

    /** Runs a write statement over rows and keeps the provenance of the relationships it returns. */
    private static void run(TransactionContext tx, CypherFile statement, String article, List<Map<String, Object>> rows,
                            Counts counts, Map<String, List<Object>> provenance) {
        if (rows.isEmpty()) {
            return;
        }
        var result = tx.run(statement.text(), Map.of("article", article, "rows", rows));
        for (Record r : result.list()) {
            if (r.get("rel").isNull()) {
                continue;
            }
            List<Object> entries = provenance.computeIfAbsent(r.get("rel").asString(), k -> new ArrayList<>());
            for (Object e : r.get("provenance").asList()) {
                if (!entries.contains(e)) {
                    entries.add(e);
                }
            }
        }
        counts.add(result.consume().counters());
    }

    /**
     * Resolves each group of names (one organization or park as the article names it) to a node:
     * the node named by one of its keys (its own name preferred), else the node carrying one of its
     * keys as an alias, else a new node under its first name. Writes the nodes and returns every
     * key of the article mapped to the name of the node it resolved to.
     */
    private static Map<String, String> resolve(TransactionContext tx, Resolver resolver, String article,
                                               List<ArticlePlan.Group> groups, Counts counts,
                                               Map<String, List<Object>> provenance) {
        if (groups.isEmpty()) {
            return Map.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        groups.forEach(g -> keys.addAll(g.keys));
        Map<String, String> byName = lookup(tx, resolver.byName(), keys);
        Set<String> unresolved = new LinkedHashSet<>();
        for (ArticlePlan.Group g : groups) {
            if (g.keys.stream().noneMatch(byName::containsKey)) {
                unresolved.addAll(g.keys);
            }
        }
        Map<String, String> byAlias = unresolved.isEmpty() ? Map.of() : lookup(tx, resolver.byAlias(), unresolved);

        Map<String, String> resolved = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ArticlePlan.Group g : groups) {
            String name = byName.containsKey(g.name()) ? g.name()
                    : g.keys.stream().map(byName::get).filter(Objects::nonNull).findFirst()
                    .orElseGet(() -> g.keys.stream().map(byAlias::get).filter(Objects::nonNull).findFirst()
                            .orElse(g.name()));
            g.keys.forEach(k -> resolved.put(k, name));
            Map<String, Object> row = new HashMap<>();
            row.put("name", name);
            row.put("keys", List.copyOf(g.keys));
            row.put("kind", g.kind);
            row.put("provenance", g.provenance);
            rows.add(row);
        }
        run(tx, resolver.write(), article, rows, counts, provenance);
        return resolved;
    }

    private static Map<String, String> lookup(TransactionContext tx, CypherFile statement, Set<String> keys) {
        Map<String, String> found = new HashMap<>();
        tx.run(statement.text(), Map.of("keys", List.copyOf(keys)))
                .forEachRemaining(r -> found.putIfAbsent(r.get("key").asString(), r.get("name").asString()));
        return found;
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

    private static final class Counts {
        int nodes;
        int relationships;
        int properties;

        void add(SummaryCounters c) {
            nodes += c.nodesCreated();
            relationships += c.relationshipsCreated();
            properties += c.propertiesSet();
        }
    }
}
