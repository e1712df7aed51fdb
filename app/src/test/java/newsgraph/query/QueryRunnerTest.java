package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {

    static GraphStore store;
    static SavedQuery personEvents;

    @BeforeAll
    static void graph() {
        store = TestNeo4j.shared();
        TestNeo4j.clear();
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("""
                    CREATE (p:Person {name: '李明远'})
                    CREATE (p)-[:ATTENDED {roles: ['chaired']}]->(:Event {name: '东岳区工作会议', date: date('2024-03-01')})
                    CREATE (p)-[:ATTENDED {roles: ['spoke']}]->(:Event {name: '东岳论坛', date: date('2023-05-02')})
                    CREATE (p)-[:ATTENDED {roles: ['met']}]->(:Event {name: '会见客人', date: date('2022-01-09')})
                    """).consume();
        }
        personEvents = SavedQueryParser.parse("person-events.cypher", SavedQueryParserTest.PERSON_EVENTS);
    }

    /** Both paths: through the driver (an external Neo4j) and straight from the embedded database. */
    private List<QueryRunner> runners(int maxRows) {
        return List.of(new QueryRunner(store.driver(), store.sessionConfig(), Duration.ofSeconds(5), maxRows),
                QueryRunner.of(store, Duration.ofSeconds(5), maxRows));
    }

    @Test
    void run_bindsTypedParameters_andAppliesDefaults() {
        for (QueryRunner runner : runners(100)) {
            QueryResult result = runner.run(personEvents, Map.of("name", "李明远", "from", "2023-01-01"));
            assertEquals(List.of("event"), result.columns());
            assertEquals(List.of("东岳区工作会议", "东岳论坛"), result.rows().stream().map(r -> r.get("event")).toList());
            assertFalse(result.truncated());
        }
    }

    @Test
    void run_stopsAtTheRowLimit_andSaysSo() {
        for (QueryRunner runner : runners(2)) {
            QueryResult result = runner.run(personEvents, Map.of("name", "李明远"));
            assertEquals(2, result.rows().size());
            assertTrue(result.truncated());
        }
    }

    /** Dates, lists (list properties), maps, nodes and numbers: the same JSON from both paths. */
    @Test
    void bothPaths_giveTheSameJson() {
        SavedQuery values = SavedQueryParser.parse("values.cypher", """
                // name: values
                // description: one row of every kind of value
                // param: name string
                MATCH (p:Person {name: $name})-[a:ATTENDED]->(e:Event)
                WITH p, a, e ORDER BY e.date LIMIT 1
                RETURN e.date AS date, a.roles AS roles, {n: 1, x: 1.5, ok: true, none: null} AS map, p AS node,
                       [e.name, size(e.name)] AS list
                """);
        List<QueryRunner> both = runners(10);
        Map<String, Object> viaDriver = both.get(0).run(values, Map.of("name", "李明远")).rows().getFirst();
        Map<String, Object> embedded = both.get(1).run(values, Map.of("name", "李明远")).rows().getFirst();
        assertEquals("2022-01-09", embedded.get("date"));
        assertEquals(List.of("met"), embedded.get("roles"));
        assertEquals(viaDriver, embedded);
        assertEquals(List.copyOf(viaDriver.keySet()), List.copyOf(embedded.keySet()), "columns in the query's order");
    }

    @Test
    void aTimedOutQuery_failsAsThroughTheDriver() {
        SavedQuery slow = SavedQueryParser.parse("slow.cypher", """
                // name: slow
                // description: counts for a long time
                UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS n
                """);
        var e = assertThrows(org.neo4j.driver.exceptions.Neo4jException.class,
                () -> QueryRunner.of(store, Duration.ofMillis(200), 10).run(slow, Map.of()));
        assertTrue(e.code().contains("Terminated") || e.code().contains("TransactionTimedOut"), e.code());
    }

    @Test
    void unknownMissingAndIllTypedParameters_areRefusedByName() {
        QueryRunner runner = runners(10).getLast();
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> runner.run(personEvents, Map.of("name", "李明远", "password", "x")));
        assertTrue(unknown.getMessage().contains("[password]"), unknown.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> runner.run(personEvents, Map.of()));
        assertTrue(missing.getMessage().contains("missing parameter 'name'"), missing.getMessage());
        var typed = assertThrows(IllegalArgumentException.class,
                () -> runner.run(personEvents, Map.of("name", "李明远", "limit", "many")));
        assertTrue(typed.getMessage().contains("'limit' must be an integer"), typed.getMessage());
        var date = assertThrows(IllegalArgumentException.class,
                () -> runner.run(personEvents, Map.of("name", "李明远", "from", "2023/01/01")));
        assertTrue(date.getMessage().contains("YYYY-MM-DD"), date.getMessage());
    }

    @Test
    void aWritingQuery_failsInTheReadTransaction_andIsRefusedByVerify() {
        SavedQuery writer = SavedQueryParser.parse("sneaky.cypher", """
                // name: sneaky
                // description: tries to write
                // param: name string
                CREATE (:Person {name: $name}) RETURN 1 AS one
                """);
        for (QueryRunner runner : runners(10)) {
            assertThrows(org.neo4j.driver.exceptions.ClientException.class, () -> runner.run(writer, Map.of("name", "入侵者")));
        }
        var e = assertThrows(IllegalArgumentException.class,
                () -> new QueryCatalogue(List.of(writer)).verify(store.driver(), store.sessionConfig()));
        assertTrue(e.getMessage().contains("not read-only"), e.getMessage());
        try (var session = store.driver().session(store.sessionConfig())) {
            assertEquals(0, session.run("MATCH (p:Person {name: '入侵者'}) RETURN count(p) AS n").single().get("n").asLong());
        }
    }
}
