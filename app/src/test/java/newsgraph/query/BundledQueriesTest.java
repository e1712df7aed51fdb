package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

/** The files of cypher/ parse, plan, and are read-only; the catalogue has what the product promises. */
class BundledQueriesTest {

    @Test
    void everyBundledQuery_parsesAndIsReadOnly() {
        GraphStore store = TestNeo4j.shared();
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        catalogue.verify(store.driver(), store.sessionConfig());
        List<String> names = catalogue.all().stream().map(SavedQuery::name).toList();
        for (String promised : List.of("event-attendees", "person-events", "person-titles", "title-holders",
                "co-attendance", "event-organizers", "events", "event-detail", "person", "organization", "park", "park-projects", "parks-by-investment", "neighbourhood",
                "relationship-evidence", "search", "latest-events")) {
            assertTrue(names.contains(promised), "cypher/" + promised + ".cypher is in the catalogue: " + names);
        }
        for (SavedQuery q : catalogue.all()) {
            assertFalse(q.description().isBlank(), q.name());
            q.params().stream().filter(QueryParam::required)
                    .forEach(p -> assertTrue(q.example().containsKey(p.name()),
                            q.name() + ": the example gives required parameter " + p.name()));
        }
    }
}
