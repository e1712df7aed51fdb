package newsgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The parameters of {@code graph/write-article.cypher} for one article: its {@link ArticlePlan}
 * with every name resolved against what the graph already holds ({@link GraphView}) — which node
 * each organization and park name goes to, which person each name is ({@link PersonRule}), which
 * existing event an event joins ({@link EventKeys#sameAct}). {@link GraphWriter} sends them to
 * Neo4j; {@link ImportGraph} applies them to the graph it builds for the bulk importer. One place
 * decides identities, so both give the same graph.
 */
final class ArticleRows {

    /** {@code article}, {@code props}, {@code file}, {@code title}, {@code extraction} and {@code rows}. */
    final Map<String, Object> params;

    private ArticleRows(Map<String, Object> params) {
        this.params = params;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows(String part) {
        return (List<Map<String, Object>>) ((Map<String, Object>) params.get("rows")).get(part);
    }

    static ArticleRows of(ArticlePlan plan, GraphView graph, PersonRule personRule) {
        List<String> organizationKeys = keys(plan.organizations);
        List<String> parkKeys = keys(plan.parks);
        Map<String, String> organizationsByName = graph.organizations(organizationKeys);
        Map<String, String> parksByName = graph.parks(parkKeys);
        Map<String, String> organizationsByAlias = Map.of();
        Map<String, String> parksByAlias = Map.of();
        List<String> unresolvedOrganizations = unresolved(plan.organizations, organizationsByName);
        List<String> unresolvedParks = unresolved(plan.parks, parksByName);
        if (!unresolvedOrganizations.isEmpty() || !unresolvedParks.isEmpty()) {
            GraphView.Aliases aliases = graph.aliases(unresolvedOrganizations, unresolvedParks);
            organizationsByAlias = aliases.organizations();
            parksByAlias = aliases.parks();
        }
        Map<String, String> organizationNames = new HashMap<>();
        Map<String, String> parkNames = new HashMap<>();
        List<Map<String, Object>> organizations = resolve(plan.organizations, organizationsByName, organizationsByAlias, organizationNames);
        List<Map<String, Object>> parks = resolve(plan.parks, parksByName, parksByAlias, parkNames);

        Map<String, String> personKeys = people(plan, graph.people(plan.people.keySet()), organizationNames, personRule);
        Map<String, String> eventIds = events(plan, graph.events(eventDates(plan)));

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
        return new ArticleRows(params);
    }

    /** The dates of the plan's events, the ones {@code lookup.cypher} reads events of. */
    static List<java.time.LocalDate> eventDates(ArticlePlan plan) {
        return plan.events.stream().map(e -> (java.time.LocalDate) e.get("date")).filter(Objects::nonNull).distinct().toList();
    }

    /** Each person of the plan (by name) mapped to the key of the person they are ({@link PersonRule}). */
    private static Map<String, String> people(ArticlePlan plan, List<PersonRule.Candidate> found,
                                              Map<String, String> organizationNames, PersonRule personRule) {
        Map<String, List<PersonRule.Candidate>> byName = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (PersonRule.Candidate c : found) {
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
    private static Map<String, String> events(ArticlePlan plan, List<GraphView.KnownEvent> existing) {
        Map<String, String> ids = new HashMap<>();
        for (Map<String, Object> e : plan.events) {
            String id = (String) e.get("id");
            String region = (String) e.get("region");
            String match = (String) e.get("match");
            String target = id;
            boolean local = e.get("date") == null || plan.region == null || Relative.is((String) e.get("name"));
            // Same date, same region, the same act named two ways (EventKeys.sameAct).
            if (!local && existing.stream().noneMatch(v -> v.id().equals(id))) {
                for (GraphView.KnownEvent v : existing) {
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

    private static List<String> unresolved(List<ArticlePlan.Group> groups, Map<String, String> byName) {
        Set<String> keys = new LinkedHashSet<>();
        for (ArticlePlan.Group g : groups) {
            if (g.keys.stream().noneMatch(byName::containsKey)) {
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
                r.put("evidence", Objects.requireNonNullElse(g.evidence, ArticlePlan.noEvidence()));
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
    private static <T> void addAllUnique(Map<String, Object> row, String field, Collection<T> values) {
        List<T> list = (List<T>) row.get(field);
        for (T v : values) {
            if (!list.contains(v)) {
                list.add(v);
            }
        }
    }
}
