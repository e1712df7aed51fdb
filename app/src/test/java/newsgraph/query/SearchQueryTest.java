package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The saved query search on a graph of fictional names written for it: a text found in a few names gets
 * every one, exact names and aliases first, then the shortest, by name and key, and the count of all; a
 * text found in hundreds (one character, a surname) gets the shortest of the index's best and a count of
 * at least 200, from reading a few times the page rather than every hit.
 */
class SearchQueryTest {

    /** Something searchable: its label, key (or id), name (a position: its title) and aliases. */
    record Thing(String label, String key, String name, List<String> aliases) {}

    /** Found by 岚: a few things of every kind, a place (never a search result), a project aliased 岚. */
    private static final List<Thing> FEW = List.of(
            new Thing("Person", "岚山@甲市", "岚山", List.of()),
            new Thing("Person", "岚山@乙市", "岚山", List.of()),
            new Thing("Person", "林岚@甲市", "林岚", List.of()),
            new Thing("Organization", "岚湖区发展改革局", "岚湖区发展改革局", List.of("区发改局")),
            new Thing("Park", "岚湖产业园", "岚湖产业园", List.of("岚园")),
            new Thing("Project", "星光新材料项目", "星光新材料项目", List.of("岚")),
            new Thing("Project", "岚湖新材料项目", "岚湖新材料项目", List.of()),
            new Thing("Organization", "北溪集团", "北溪集团", List.of("岚湖北溪")),
            new Thing("Event", "event-岚湖推介会", "岚湖推介会", List.of()),
            new Thing("Position", "岚湖区区长", "岚湖区区长", List.of()),
            new Thing("Place", "岚湖会堂", "岚湖会堂", List.of()));

    private static final String SURNAME = "韩";

    private static GraphStore store;

    @BeforeAll
    static void graph() {
        store = TestNeo4j.shared();
        TestNeo4j.clear();
        List<Thing> things = new ArrayList<>(FEW);
        // 韩 in 246 names: 21 of two characters (one name twice: namesakes), 225 of three.
        String given = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
        String more = "一二三四五六七八九十百千万亿兆";
        for (char a : given.toCharArray()) {
            things.add(new Thing("Person", SURNAME + a + "@甲市", SURNAME + a, List.of()));
        }
        things.add(new Thing("Person", SURNAME + "甲@乙市", SURNAME + "甲", List.of()));
        for (char a : more.toCharArray()) {
            for (char b : more.toCharArray()) {
                things.add(new Thing("Person", SURNAME + a + b + "@甲市", SURNAME + a + b, List.of()));
            }
        }
        things.add(new Thing("Project", "东岸港口项目", "东岸港口项目", List.of(SURNAME)));
        try (var session = store.driver().session(store.sessionConfig())) {
            for (Thing t : things) {
                String properties = switch (t.label()) {
                    case "Position" -> "{key: $key, title: $name}";
                    case "Event" -> "{id: $key, name: $name, date: date('2024-05-01')}";
                    case "Park", "Project" -> "{name: $name, aliases: $aliases}";
                    default -> "{key: $key, name: $name, aliases: $aliases}";
                };
                session.run("CREATE (n:" + t.label() + " " + properties + ")",
                        Map.of("key", t.key(), "name", t.name(), "aliases", t.aliases())).consume();
            }
            // entity_names is eventually consistent (V011): wait for what was just written.
            session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
        }
    }

    private static List<Map<String, Object>> search(String q, int limit) {
        var runner = QueryRunner.of(store, Duration.ofSeconds(30), 1000);
        return runner.run(QueryCatalogue.bundled().get("search").orElseThrow(), Map.of("q", q, "limit", limit)).rows();
    }

    private static boolean exact(Map<String, Object> row, String q) {
        return q.equals(row.get("name")) || ((List<?>) row.get("aliases")).contains(q);
    }

    /** The order the description promises: exact first, then shorter names, then by name, then by id. */
    private static Comparator<Map<String, Object>> ranking(String q) {
        return Comparator.<Map<String, Object>, Boolean>comparing(r -> !exact(r, q))
                .thenComparing(r -> ((String) r.get("name")).length())
                .thenComparing(r -> (String) r.get("name"))
                .thenComparing(r -> (String) r.get("id"));
    }

    @Test
    void aTextInAFewNames_getsEveryOne_rankedAndCounted() {
        String q = "岚";
        // The whole answer, from the fixture: every non-place thing whose name or an alias contains the text.
        List<Thing> expected = FEW.stream().filter(t -> !t.label().equals("Place"))
                .filter(t -> t.name().contains(q) || t.aliases().stream().anyMatch(a -> a.contains(q)))
                .sorted(Comparator.<Thing, Boolean>comparing(t -> !(t.name().equals(q) || t.aliases().contains(q)))
                        .thenComparing(t -> t.name().length()).thenComparing(Thing::name).thenComparing(Thing::key))
                .toList();
        List<Map<String, Object>> all = search(q, 50);
        assertEquals(expected.stream().map(t -> t.label().toLowerCase() + " " + t.key()).toList(),
                all.stream().map(r -> r.get("type") + " " + r.get("id")).toList(), "every thing with 岚, exact first, then shortest");
        assertTrue(all.stream().allMatch(r -> ((Number) r.get("total")).intValue() == expected.size()), "total counts them all");
        // A smaller page is the first rows of the whole answer, with the same total.
        for (int limit = 1; limit <= expected.size(); limit++) {
            assertEquals(all.subList(0, limit), search(q, limit), "a page of " + limit);
        }
    }

    @Test
    void aPositionWhoseTitleIsTheText_isListedOnce() {
        List<Map<String, Object>> rows = search("岚湖区区长", 25);
        assertEquals(1, rows.size(), "one position: " + rows);
        assertEquals("position", rows.getFirst().get("type"));
        assertEquals(1L, ((Number) rows.getFirst().get("total")).longValue());
    }

    @Test
    void aTextInHundredsOfNames_getsTheShortest_exactFirst_andACountOfAtLeast200() {
        int matching = 21 + 225 + 1;
        for (int limit : List.of(1, 10, 25)) {
            List<Map<String, Object>> rows = search(SURNAME, limit);
            assertEquals(limit, rows.size(), "a full page of " + limit);
            assertEquals("东岸港口项目", rows.getFirst().get("name"), "the project aliased " + SURNAME + " first (exact)");
            assertTrue(rows.stream().allMatch(r -> ((String) r.get("name")).contains(SURNAME) || exact(r, SURNAME)), "all contain it");
            assertEquals(rows.stream().sorted(ranking(SURNAME)).toList(), rows, "exact, shortest, by name, by id");
            // 21 names of two characters: the index scores them best, so the page after the exact one starts with
            // them, and names of three characters follow only when the page is longer.
            List<Integer> lengths = rows.stream().skip(1).map(r -> ((String) r.get("name")).length()).toList();
            List<Integer> shortest = new ArrayList<>();
            for (int i = 0; i < limit - 1; i++) {
                shortest.add(i < 21 ? 2 : 3);
            }
            assertEquals(shortest, lengths, "the shortest names: " + rows);
            long total = ((Number) rows.getFirst().get("total")).longValue();
            assertTrue(total >= 199 && total <= matching, "a count of at least the index's 200 hits (but the place): " + total);
        }
        // The namesakes of 韩甲 both appear, by key, when the page reaches them.
        List<Map<String, Object>> page = search(SURNAME, 12);
        assertTrue(page.stream().filter(r -> (SURNAME + "甲").equals(r.get("name"))).count() == 2
                || page.stream().noneMatch(r -> (SURNAME + "甲").equals(r.get("name"))), "namesakes together: " + page);
    }

    /** A page of 10 of a text in hundreds reads about 2 × 10 candidates; a page of 100 reads all 200 hits. */
    @Test
    void aTextInHundredsOfNames_readsAFewPagesNotEveryHit() {
        SavedQuery search = QueryCatalogue.bundled().get("search").orElseThrow();
        long small = QueryProfile.profile(store.driver(), store.sessionConfig(), search, Map.of("q", SURNAME, "limit", 10)).dbHits();
        long large = QueryProfile.profile(store.driver(), store.sessionConfig(), search, Map.of("q", SURNAME, "limit", 100)).dbHits();
        assertTrue(small + 150 <= large, "db hits of a page of 10: " + small + ", of 100: " + large);
    }
}
