package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SavedQueryParserTest {

    static final String PERSON_EVENTS = """
            // name: person-events
            // description: The events a person took part in,
            // description: newest first.
            // param: name string — the person's name
            // param: from date = 1900-01-01 — earliest date
            // param: limit integer = 50 — at most this many
            // example: {"name": "李明远"}
            MATCH (p:Person {name: $name})-[a:ATTENDED]->(e:Event)
            WHERE e.date >= $from
            RETURN e.name AS event ORDER BY e.date DESC LIMIT $limit;
            """;

    @Test
    void header_givesNameDescriptionTypedParamsAndExample() {
        SavedQuery q = SavedQueryParser.parse("person-events.cypher", PERSON_EVENTS);
        assertEquals("person-events", q.name());
        assertEquals("The events a person took part in, newest first.", q.description());
        assertEquals(3, q.params().size());
        assertTrue(q.param("name").required());
        assertEquals(LocalDate.of(1900, 1, 1), q.param("from").defaultValue());
        assertEquals(50L, q.param("limit").defaultValue());
        assertFalse(q.param("limit").required());
        assertEquals(Map.of("name", "李明远"), q.example());
        assertTrue(q.cypher().startsWith("MATCH"));
        assertFalse(q.cypher().endsWith(";"));
    }

    @Test
    void undeclaredParameter_isAnErrorNamingTheFile() {
        String text = PERSON_EVENTS.replace("// param: limit integer = 50 — at most this many\n", "");
        var e = assertThrows(IllegalArgumentException.class, () -> SavedQueryParser.parse("person-events.cypher", text));
        assertTrue(e.getMessage().contains("cypher/person-events.cypher"), e.getMessage());
        assertTrue(e.getMessage().contains("[limit]"), e.getMessage());
    }

    @Test
    void fileMustBeNamedAfterItsQuery() {
        var e = assertThrows(IllegalArgumentException.class, () -> SavedQueryParser.parse("other.cypher", PERSON_EVENTS));
        assertTrue(e.getMessage().contains("person-events.cypher"), e.getMessage());
    }

    @Test
    void malformedParamLine_namesTheLine() {
        String text = PERSON_EVENTS.replace("// param: name string — the person's name", "// param: name");
        var e = assertThrows(IllegalArgumentException.class, () -> SavedQueryParser.parse("person-events.cypher", text));
        assertTrue(e.getMessage().contains("person-events.cypher:4"), e.getMessage());
    }

    @Test
    void unknownType_andBadDefault_areErrors() {
        assertThrows(IllegalArgumentException.class, () -> SavedQueryParser.parse("person-events.cypher",
                PERSON_EVENTS.replace("limit integer", "limit long")));
        assertThrows(IllegalArgumentException.class, () -> SavedQueryParser.parse("person-events.cypher",
                PERSON_EVENTS.replace("= 1900-01-01", "= yesterday")));
    }

    @Test
    void exampleWithAnUndeclaredParameter_isAnError() {
        assertThrows(IllegalArgumentException.class, () -> SavedQueryParser.parse("person-events.cypher",
                PERSON_EVENTS.replace("{\"name\": \"李明远\"}", "{\"who\": \"李明远\"}")));
    }
}
