package newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Event;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How an event's date is known reaches the graph (Event.dateSource), so a reporter can tell an inferred year. */
class EventDateSourceTest {
    private final GraphStore store = TestNeo4j.shared();
    private final GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());

    @BeforeEach
    void clear() {
        TestNeo4j.clear();
    }

    private static ArticleExtraction withEvent(ArticleExtraction a, String date, String source) {
        Event e = a.events().getFirst();
        Event changed = new Event(e.name(), e.aliases(), e.kind(), date, e.place(), e.participants(), e.organizers(),
                e.mentionedOnly(), e.evidence(), null, source);
        return new ArticleExtraction(a.title(), a.date(), a.reporters(), a.officials(), List.of(changed), a.organizations(),
                a.parks(), a.projects(), a.text(), a.start(), a.end());
    }

    private String source() {
        try (var session = store.driver().session(store.sessionConfig())) {
            var v = session.run("MATCH (e:Event) RETURN e.dateSource AS s", Map.of()).single().get("s");
            return v.isNull() ? null : v.asString();
        }
    }

    @Test
    void anInferredYearIsMarkedOnTheEvent() {
        writer.write(withEvent(Fixtures.meeting2023(), "2023-07-20", "era"), ArticleMetadata.ofFile("a.txt"));
        assertEquals("era", source());
    }

    @Test
    void anEventWithoutADateOfItsOwnTakesTheArticlesAndSaysSo() {
        writer.write(withEvent(Fixtures.meeting2023(), null, null).withDate("2023-07-21"), ArticleMetadata.ofFile("a.txt"));
        assertEquals("article", source());
    }
}
