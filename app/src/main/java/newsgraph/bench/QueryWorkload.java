package newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import newsgraph.neo4j.GraphStore;

/**
 * What the query benchmark and the plan test run: every saved query with realistic parameters
 * drawn from the graph at hand (people who attended events, event names and ids, titles, parks...).
 */
public final class QueryWorkload {

    private QueryWorkload() {}

    /** A benchmarked load: a label, the saved query it runs, and the parameter sets it cycles through. */
    public record Load(String label, String query, List<Map<String, Object>> params) {}

    /**
     * Every saved query, each with 20 parameter sets drawn from what the graph holds (the reporter
     * page's start request, {@code events} with no filter, among them).
     */
    public static List<Load> of(GraphStore store) {
        List<Load> w = new ArrayList<>();
        List<String> people = sample(store, "MATCH (p:Person)-[:ATTENDED]->() RETURN DISTINCT p.name AS v LIMIT 20");
        List<String> keys = sample(store, "MATCH (p:Person)-[:ATTENDED]->() RETURN DISTINCT p.key AS v LIMIT 20");
        List<String> events = sample(store, "MATCH (e:Event)<-[:ATTENDED]-() RETURN DISTINCT e.name AS v LIMIT 20");
        List<String> eventIds = sample(store, "MATCH (e:Event)<-[:ATTENDED]-() RETURN DISTINCT e.id AS v LIMIT 20");
        List<String> titles = sample(store, "MATCH (:Person)-[:HELD]->(p:Position) RETURN DISTINCT p.title AS v LIMIT 20");
        List<String> parks = sample(store, "MATCH (:Project)-[:LOCATED_IN]->(p:Park) RETURN DISTINCT p.name AS v LIMIT 20");
        List<String> projects = sample(store, "MATCH (p:Project) RETURN p.name AS v LIMIT 20");
        List<String> orgs = sample(store, "MATCH (o:Organization)-[:ORGANIZED]->() RETURN DISTINCT o.name AS v LIMIT 20");
        List<String> articles = sample(store, "MATCH (a:Article) RETURN a.id AS v LIMIT 10 UNION ALL "
                + "MATCH (a:Article) WHERE a.file IS NOT NULL RETURN a.file AS v LIMIT 10");
        List<Map<String, Object>> pairs;
        try (var session = store.driver().session(store.sessionConfig())) {
            pairs = session.run("MATCH (p:Person)-[:ATTENDED]->(e:Event) RETURN DISTINCT p.name AS from, e.name AS to LIMIT 20")
                    .list(r -> Map.<String, Object>of("from", r.get("from").asString(), "to", r.get("to").asString()));
        }
        w.add(new Load("article", "article", of(articles, v -> Map.of("article", v))));
        w.add(new Load("co-attendance", "co-attendance", of(people, v -> Map.of("name", v))));
        w.add(new Load("event-attendees", "event-attendees", of(events, v -> Map.of("event", v))));
        w.add(new Load("event-detail (id)", "event-detail", of(eventIds, v -> Map.of("event", v))));
        w.add(new Load("event-organizers (all)", "event-organizers", List.of(Map.of())));
        w.add(new Load("event-organizers (organization)", "event-organizers", of(orgs, v -> Map.of("organization", v))));
        w.add(new Load("events (page start: no filter)", "events", List.of(Map.of("limit", 15))));
        w.add(new Load("events (person, 3 months)", "events",
                of(people, v -> Map.of("person", v, "from", "2022-01-01", "to", "2022-03-31"))));
        w.add(new Load("events (kind, from)", "events", of(List.of("meeting", "signing", "visit"),
                v -> Map.of("kind", v, "from", "2024-06-01"))));
        w.add(new Load("latest-events", "latest-events", List.of(Map.of("limit", 20))));
        w.add(new Load("namesakes (all)", "namesakes", List.of(Map.of())));
        // What the reporter page's article list asks for (reporter.js: a page of 20, 显示更多 for the rest).
        w.add(new Load("recent-articles", "recent-articles", List.of(Map.of("limit", 20))));
        w.add(new Load("neighbourhood", "neighbourhood", of(people, v -> Map.of("name", v))));
        w.add(new Load("organization", "organization", of(orgs, v -> Map.of("name", v))));
        w.add(new Load("park", "park", of(parks, v -> Map.of("name", v))));
        w.add(new Load("park-projects", "park-projects", of(parks, v -> Map.of("park", v))));
        w.add(new Load("parks-by-investment", "parks-by-investment", List.of(Map.of())));
        w.add(new Load("people-named", "people-named", of(people, v -> Map.of("name", v))));
        w.add(new Load("person", "person", of(keys, v -> Map.of("name", v))));
        w.add(new Load("person-events", "person-events", of(people, v -> Map.of("name", v))));
        w.add(new Load("person-titles", "person-titles", of(people, v -> Map.of("name", v))));
        w.add(new Load("project-investments", "project-investments", of(projects, v -> Map.of("project", v))));
        w.add(new Load("relationship-evidence", "relationship-evidence", pairs));
        w.add(new Load("search (2 characters)", "search", of(people, v -> Map.of("q", v.substring(0, 2)))));
        w.add(new Load("search (1 character)", "search", of(people, v -> Map.of("q", v.substring(0, 1)))));
        w.add(new Load("title-holders", "title-holders", of(titles, v -> Map.of("title", v))));
        w.add(new Load("title-holders (ending)", "title-holders", of(List.of("区长", "管委主任", "工委书记", "董事长"),
                v -> Map.of("title", v))));
        return w;
    }

    private static List<Map<String, Object>> of(List<String> values, Function<String, Map<String, Object>> params) {
        return values.stream().map(params).toList();
    }

    private static List<String> sample(GraphStore store, String cypher) {
        try (var session = store.driver().session(store.sessionConfig())) {
            List<String> values = session.run(cypher).list(r -> r.get("v").asString());
            if (values.isEmpty()) {
                throw new IllegalStateException("the generated graph has nothing for: " + cypher);
            }
            return values;
        }
    }

}
