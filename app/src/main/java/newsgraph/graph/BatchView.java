package newsgraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;

/**
 * The graph as each article of a batch sees it: what {@code lookup} (and {@code lookup-aliases})
 * read at the batch's start, plus what the batch's earlier articles write, applied in memory by
 * {@link #record} exactly as {@code write-article} applies it in the graph. So the articles of one
 * transaction resolve people, organizations, parks and events as if each had been written alone
 * after the one before it (the batched ingest test compares both graphs).
 *
 * <p>Only what the resolution reads is kept: article ids done, organization and park keys and
 * aliases, people's summaries by name, events by date. Lists keep the graph's order (what the
 * lookup returned, then what the batch created), since the first candidate that fits wins.
 */
final class BatchView {

    /** A person as {@link PersonRule} reads them, with the labels the lookup filters on. */
    private static final class PersonNode {
        final String key;
        final String name;
        final List<String> regions = new ArrayList<>();
        final List<String> positions = new ArrayList<>();
        final List<String> organizations = new ArrayList<>();
        boolean reporter;
        boolean official;

        PersonNode(String key, String name) {
            this.key = key;
            this.name = name;
        }

        PersonRule.Candidate candidate() {
            return new PersonRule.Candidate(key, name, List.copyOf(regions), List.copyOf(positions),
                    List.copyOf(organizations));
        }
    }

    /** An organization's properties that its rows may SET: its name, kind (may be null) and aliases. */
    private static final class OrganizationNode {
        final String name;
        String kind;
        final List<String> aliases = new ArrayList<>();

        OrganizationNode(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    /** An event as {@link GraphWriter} matches it: only what is set on creation. */
    record EventNode(String id, String match, String region, LocalDate date) {}

    private final Set<String> done = new HashSet<>();
    private final Set<String> organizations = new HashSet<>();
    private final Set<String> parks = new HashSet<>();
    /** Alias → organization key, and alias → park name; the lookup's first answer kept. */
    private final Map<String, String> organizationAliases = new HashMap<>();
    private final Map<String, String> parkAliases = new HashMap<>();
    /** Names of existing organizations and parks, where they differ from the key (a local node). */
    private final Map<String, String> organizationNames = new HashMap<>();
    /** What the graph holds of the organizations the lookup found by key or the batch wrote, by key. */
    private final Map<String, OrganizationNode> organizationNodes = new HashMap<>();
    private final Map<String, PersonNode> peopleByKey = new HashMap<>();
    private final Map<String, List<PersonNode>> peopleByName = new HashMap<>();
    private final Map<LocalDate, List<EventNode>> eventsByDate = new HashMap<>();
    private final Set<String> eventIds = new HashSet<>();

    /** From the answer of {@code lookup}. */
    BatchView(org.neo4j.driver.Record found) {
        found.get("done").asList(Value::asString).forEach(done::add);
        for (Value v : found.get("organizations").values()) {
            organizations.add(v.get("key").asString());
            OrganizationNode o = new OrganizationNode(v.get("nodeName").asString(null), v.get("kind").asString(null));
            o.aliases.addAll(v.get("aliases").asList(Value::asString));
            organizationNodes.putIfAbsent(v.get("name").asString(), o);
        }
        found.get("parks").asList(v -> v).forEach(v -> parks.add(v.get("key").asString()));
        for (Value v : found.get("people").values()) {
            PersonNode p = new PersonNode(v.get("key").asString(), v.get("name").asString());
            p.regions.addAll(v.get("regions").asList(Value::asString));
            p.positions.addAll(v.get("positions").asList(Value::asString));
            p.organizations.addAll(v.get("organizations").asList(Value::asString));
            p.official = true; // the lookup returns officials and participants, never a bare reporter
            if (peopleByKey.putIfAbsent(p.key, p) == null) {
                peopleByName.computeIfAbsent(p.name, k -> new ArrayList<>()).add(p);
            }
        }
        for (Value v : found.get("events").values()) {
            addEvent(new EventNode(v.get("id").asString(), v.get("match").asString(null),
                    v.get("region").asString(null), v.get("date").asLocalDate()));
        }
    }

    /** From the answer of {@code lookup-aliases} (run for the batch's names that no node is keyed by). */
    void aliases(org.neo4j.driver.Record found) {
        found.get("organizations").asList(v -> v).forEach(v ->
                organizationAliases.putIfAbsent(v.get("key").asString(), v.get("name").asString()));
        found.get("parks").asList(v -> v).forEach(v ->
                parkAliases.putIfAbsent(v.get("key").asString(), v.get("name").asString()));
    }

    boolean done(String articleId) {
        return done.contains(articleId);
    }

    boolean organization(String key) {
        return organizations.contains(key);
    }

    boolean park(String name) {
        return parks.contains(name);
    }

    String organizationByAlias(String alias) {
        return organizationAliases.get(alias);
    }

    String parkByAlias(String alias) {
        return parkAliases.get(alias);
    }

    /** The people of this name that the lookup returns: officials and participants, not bare reporters. */
    List<PersonRule.Candidate> people(String name) {
        List<PersonRule.Candidate> out = new ArrayList<>();
        for (PersonNode p : peopleByName.getOrDefault(name, List.of())) {
            if (!p.reporter || p.official) {
                out.add(p.candidate());
            }
        }
        return out;
    }

    /** The events of these dates, in the order the lookup gives them (date by date). */
    List<EventNode> events(List<LocalDate> dates) {
        List<EventNode> out = new ArrayList<>();
        for (LocalDate d : dates) {
            out.addAll(eventsByDate.getOrDefault(d, List.of()));
        }
        return out;
    }

    /**
     * Marks each people row of an article not yet {@link #record recorded} with {@code gains}: whether
     * it brings a region, title or organization that the person's summary lists lack (a person not in
     * the view is new to the graph: it gains whatever the row has). The write statement reads and
     * SETs the lists only for such rows; a person seen again usually brings nothing new.
     */
    @SuppressWarnings("unchecked")
    void markGains(Map<String, Object> article) {
        Map<String, Object> rows = (Map<String, Object>) article.get("rows");
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("people")) {
            PersonNode p = peopleByKey.get((String) row.get("key"));
            List<String> regions = (List<String>) row.get("regions");
            List<String> positions = (List<String>) row.get("positions");
            List<String> organizations = (List<String>) row.get("organizations");
            boolean gains = p == null
                    ? !regions.isEmpty() || !positions.isEmpty() || !organizations.isEmpty()
                    : !p.regions.containsAll(regions) || !p.positions.containsAll(positions)
                            || !p.organizations.containsAll(organizations);
            row.put("gains", gains);
        }
        // Organizations: their kind and aliases are SET only for a row that would change them (the kind
        // still unset, or an alias not yet there); a row whose organization the view does not hold (new
        // to the graph, or resolved by alias) gains whatever it has. A gain marked where there is none
        // costs a SET that changes nothing; none is missed, as a node's kind and aliases only ever grow.
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("organizations")) {
            OrganizationNode o = organizationNodes.get((String) row.get("key"));
            boolean gains = o == null || o.kind == null && row.get("kind") != null;
            for (String alias : (List<String>) row.get("aliases")) {
                gains |= o != null && !alias.equals(o.name) && !o.aliases.contains(alias);
            }
            row.put("gains", gains);
        }
    }

    /**
     * Applies what one article's parameters (as {@code write-article} receives them) write, as the
     * statement does: MERGE on the key, ON CREATE values, lists extended by what they lack.
     */
    @SuppressWarnings("unchecked")
    void record(Map<String, Object> article) {
        done.add((String) article.get("article"));
        Map<String, Object> rows = (Map<String, Object>) article.get("rows");
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("reporters")) {
            person((String) row.get("key"), (String) row.get("name")).reporter = true;
        }
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("people")) {
            PersonNode p = person((String) row.get("key"), (String) row.get("name"));
            p.official |= (Boolean) row.get("official");
            addMissing(p.regions, (List<String>) row.get("regions"));
            addMissing(p.positions, (List<String>) row.get("positions"));
            addMissing(p.organizations, (List<String>) row.get("organizations"));
        }
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("organizations")) {
            String key = (String) row.get("key");
            boolean known = organizations.contains(key);
            boolean aliasTarget = organizationAliases.containsValue(key);
            if (organizations.add(key)) {
                organizationNames.put(key, (String) row.get("name"));
            }
            String name = organizationNames.getOrDefault(key, key);
            for (String alias : (List<String>) row.get("aliases")) {
                if (!alias.equals(name)) {
                    organizationAliases.putIfAbsent(alias, key);
                }
            }
            // As the statement: ON CREATE name, kind and no aliases; then the kind if unset, the aliases it lacks.
            // A key neither found by the lookup nor written before is new to the graph, unless a name resolved
            // to it as an alias (lookup-aliases): that node exists, and what it holds is not known here.
            OrganizationNode o = organizationNodes.get(key);
            if (o == null && !known && !aliasTarget) {
                o = new OrganizationNode((String) row.get("name"), (String) row.get("kind"));
                organizationNodes.put(key, o);
            }
            if (o != null) {
                if (o.kind == null) {
                    o.kind = (String) row.get("kind");
                }
                for (String alias : (List<String>) row.get("aliases")) {
                    if (!alias.equals(o.name) && !o.aliases.contains(alias)) {
                        o.aliases.add(alias);
                    }
                }
            }
        }
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("parks")) {
            String name = (String) row.get("key");
            parks.add(name);
            for (String alias : (List<String>) row.get("aliases")) {
                if (!alias.equals(name)) {
                    parkAliases.putIfAbsent(alias, name);
                }
            }
        }
        for (Map<String, Object> row : (List<Map<String, Object>>) rows.get("events")) {
            String id = (String) row.get("id");
            LocalDate date = (LocalDate) row.get("date");
            if (!eventIds.contains(id) && date != null) {
                addEvent(new EventNode(id, (String) row.get("match"), (String) row.get("region"), date));
            }
        }
    }

    private void addEvent(EventNode e) {
        if (eventIds.add(e.id())) {
            eventsByDate.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e);
        }
    }

    private PersonNode person(String key, String name) {
        return peopleByKey.computeIfAbsent(key, k -> {
            PersonNode p = new PersonNode(k, name);
            peopleByName.computeIfAbsent(name, n -> new ArrayList<>()).add(p);
            return p;
        });
    }

    private static void addMissing(List<String> list, List<String> values) {
        for (String v : values) {
            if (!list.contains(v)) {
                list.add(v);
            }
        }
    }

    /** Keys the batch's lookups need, gathered from every plan. */
    static Map<String, Object> lookupParameters(List<ArticlePlan> plans) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        Set<String> organizationKeys = new java.util.LinkedHashSet<>();
        Set<String> parkKeys = new java.util.LinkedHashSet<>();
        Set<String> names = new java.util.LinkedHashSet<>();
        Set<Object> dates = new java.util.LinkedHashSet<>();
        for (ArticlePlan plan : plans) {
            ids.add(plan.id);
            plan.organizations.forEach(g -> organizationKeys.addAll(g.keys));
            plan.parks.forEach(g -> parkKeys.addAll(g.keys));
            names.addAll(plan.people.keySet());
            plan.events.stream().map(e -> e.get("date")).filter(java.util.Objects::nonNull).forEach(dates::add);
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("ids", List.copyOf(ids));
        keys.put("organizations", List.copyOf(organizationKeys));
        keys.put("parks", List.copyOf(parkKeys));
        keys.put("people", List.copyOf(names));
        keys.put("dates", List.copyOf(dates));
        return Map.of("keys", keys); // one map, one plan: see lookup.cypher
    }
}
