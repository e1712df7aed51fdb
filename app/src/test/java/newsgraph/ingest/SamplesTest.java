package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphStats;
import newsgraph.graph.GraphWriter;
import newsgraph.model.ArticleExtraction;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void annotations_quoteTheirOwnText() {
        for (Samples.Sample s : Samples.bundled()) {
            for (ArticleExtraction a : s.annotation().articles()) {
                assertEquals(s.text(), a.text(), s.file());
                a.events().forEach(e -> assertEquals(e.evidence().sentence(),
                        s.text().substring(e.evidence().start(), e.evidence().end()), s.file()));
            }
        }
    }

    @Test
    void samples_ingestOnce_andShowASuccession() {
        TestNeo4j.clear();
        GraphStore store = TestNeo4j.shared();
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        List<Samples.Sample> samples = Samples.bundled();
        assertEquals(5, samples.size());
        samples.forEach(s -> s.annotation().articles().forEach(a -> writer.write(a, ArticleMetadata.ofFile(s.file()))));
        GraphStats first = GraphStats.read(store.driver(), store.sessionConfig());
        samples.forEach(s -> s.annotation().articles().forEach(a ->
                assertFalse(writer.write(a, ArticleMetadata.ofFile(s.file())).created())));
        assertEquals(first, GraphStats.read(store.driver(), store.sessionConfig()));

        try (var session = store.driver().session(store.sessionConfig())) {
            var holders = session.run("""
                    MATCH (p:Person)-[h:HELD]->(:Position {title: $title})
                    WITH p, min(h.date) AS since, max(h.date) AS until
                    RETURN p.name AS name, toString(since) AS since, toString(until) AS until ORDER BY since""",
                    Map.of("title", "东岳自贸片区管委主任")).list(r -> r.get("name").asString() + " " + r.get("since").asString()
                    + ".." + r.get("until").asString());
            assertEquals(List.of("韩志远 2023-07-20..2023-07-20", "陶文博 2024-06-12..2024-07-18"), holders);
            long unions = session.run("MATCH (o:Organization) WHERE o.name CONTAINS '总工会' RETURN count(o) AS n").single().get("n").asLong();
            assertEquals(1L, unions);
            long yuan = session.run("MATCH (p:Project)-[:LOCATED_IN]->(:Park {name: '东岳智能制造产业园'}) WITH DISTINCT p RETURN sum(p.investmentYuan) AS y")
                    .single().get("y").asLong();
            assertEquals(1_760_000_000L, yuan);
        }
    }
}
