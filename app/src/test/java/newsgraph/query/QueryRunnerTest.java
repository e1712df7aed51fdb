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

    private QueryRunner runner(int maxRows) {
        return new QueryRunner(store.driver(), store.sessionConfig(), Duration.ofSeconds(5), maxRows);
    }

    @Test
    void run_bindsTypedParameters_andAppliesDefaults() {
        QueryResult result = runner(100).run(personEvents, Map.of("name", "李明远", "from", "2023-01-01"));
        assertEquals(List.of("event"), result.columns());
        assertEquals(List.of("东岳区工作会议", "东岳论坛"), result.rows().stream().map(r -> r.get("event")).toList());
        assertFalse(result.truncated());
    }

    @Test
    void run_stopsAtTheRowLimit_andSaysSo() {
        QueryResult result = runner(2).run(personEvents, Map.of("name", "李明远"));
        assertEquals(2, result.rows().size());
        assertTrue(result.truncated());
    }

    @Test
    void unknownMissingAndIllTypedParameters_areRefusedByName() {
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> runner(10).run(personEvents, Map.of("name", "李明远", "password", "x")));
        assertTrue(unknown.getMessage().contains("[password]"), unknown.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> runner(10).run(personEvents, Map.of()));
        assertTrue(missing.getMessage().contains("missing parameter 'name'"), missing.getMessage());
        var typed = assertThrows(IllegalArgumentException.class,
                () -> runner(10).run(personEvents, Map.of("name", "李明远", "limit", "many")));
        assertTrue(typed.getMessage().contains("'limit' must be an integer"), typed.getMessage());
        var date = assertThrows(IllegalArgumentException.class,
                () -> runner(10).run(personEvents, Map.of("name", "李明远", "from", "2023/01/01")));
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
        assertThrows(org.neo4j.driver.exceptions.ClientException.class,
                () -> runner(10).run(writer, Map.of("name", "入侵者")));
        var e = assertThrows(IllegalArgumentException.class,
                () -> new QueryCatalogue(List.of(writer)).verify(store.driver(), store.sessionConfig()));
        assertTrue(e.getMessage().contains("not read-only"), e.getMessage());
        try (var session = store.driver().session(store.sessionConfig())) {
            assertEquals(0, session.run("MATCH (p:Person {name: '入侵者'}) RETURN count(p) AS n").single().get("n").asLong());
        }
    }
}
