package newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsgraph.extract.region.RegionInference;
import newsgraph.model.ArticleExtraction;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

/** Two cities in one graph: relative names, namesakes, one event from two outlets, decisions. */
class IdentityTest {

    private final GraphStore store = TestNeo4j.shared();
    private final GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());

    @BeforeEach
    void clear() {
        TestNeo4j.clear();
    }

    private List<Record> query(String cypher) {
        try (var session = store.driver().session(store.sessionConfig())) {
            return session.run(cypher, Map.of()).list();
        }
    }

    private List<String> strings(String cypher) {
        return query(cypher).stream().map(r -> r.get(0).asString()).toList();
    }

    private static void write(GraphWriter w, ArticleExtraction a) {
        w.write(a, ArticleMetadata.ofFile(a.title() + ".txt"));
    }

    @Test
    void twoCities_sameDay_giveTwoEvents_twoCommittees_twoNamesakes() {
        write(writer, IdentityFixtures.standingCommittee("临江日报", "市委常委会会议"));
        write(writer, IdentityFixtures.standingCommittee("青河日报", "市委常委会会议"));

        assertEquals(List.of("临江市", "青河市"), strings("MATCH (a:Article) RETURN a.region ORDER BY a.region"));
        assertEquals(List.of("临江市委常委会会议", "青河市委常委会会议"), strings("MATCH (e:Event) RETURN e.name ORDER BY e.name"));
        assertEquals(List.of("临江市委", "青河市委"), strings("MATCH (o:Organization) RETURN o.name ORDER BY o.name"));
        assertEquals(List.of("市委"), query("MATCH (o:Organization {name: '临江市委'}) RETURN o.aliases").getFirst().get(0)
                .asList(org.neo4j.driver.Value::asString), "the written form is kept as an alias");
        assertEquals(List.of("王军@临江市", "王军@青河市"), strings("MATCH (p:Person {name: '王军'}) RETURN p.key ORDER BY p.key"));
        assertEquals(List.of("临江市市长", "青河市市长"), strings("MATCH (p:Person {name: '王军'}) RETURN p.latestTitle ORDER BY p.key"));
        // Each meeting holds its own city's people only.
        assertEquals(List.of("王军@临江市", "周明远@临江市"), strings("""
                MATCH (p:Person)-[:ATTENDED]->(:Event {name: '临江市委常委会会议'}) RETURN DISTINCT p.key ORDER BY p.key DESC"""));
        // The reporter of both papers is a reporter of each outlet, not an official.
        assertEquals(2L, query("MATCH (p:Reporter {name: '李晓'}) WHERE NOT p:Official RETURN count(p)").getFirst().get(0).asLong());
    }

    @Test
    void aThirdArticle_ofTheFirstCity_joinsItsMayor_andASecondOutletJoinsItsMeeting() {
        write(writer, IdentityFixtures.standingCommittee("临江日报", "市委常委会会议"));
        write(writer, IdentityFixtures.standingCommittee("青河日报", "市委常委会会议"));
        write(writer, IdentityFixtures.mayorInspects("临江日报"));
        write(writer, IdentityFixtures.standingCommittee("临江晚报", "市委常委会第十二次会议"));

        assertEquals(2L, query("MATCH (p:Person {name: '王军'}) RETURN count(p)").getFirst().get(0).asLong());
        assertEquals(List.of("临江市市长"), strings("""
                MATCH (:Person {key: '王军@临江市'})-[h:HELD]->(pos:Position) RETURN DISTINCT pos.title"""));
        assertEquals(3L, query("MATCH (:Person {key: '王军@临江市'})-[h:HELD]->() RETURN count(DISTINCT h.article)")
                .getFirst().get(0).asLong(), "two meeting reports and the inspection");
        assertEquals(2L, query("MATCH (e:Event) RETURN count(e)").getFirst().get(0).asLong());
        assertEquals(2L, query("MATCH (:Article)-[:REPORTS]->(e:Event {name: '临江市委常委会会议'}) RETURN count(*)")
                .getFirst().get(0).asLong(), "both 临江 outlets report the one meeting");
    }

    @Test
    void sameAct_namedTwoWays_isOneEvent_andAnotherActThatDayStaysApart() {
        write(writer, IdentityFixtures.signing("临江日报", "签约仪式"));
        write(writer, IdentityFixtures.signing("临江晚报", "项目集中签约仪式", "招商推介会"));
        write(writer, IdentityFixtures.signing("青河日报", "签约仪式"));
        assertEquals(List.of("招商推介会", "签约仪式", "签约仪式"), strings("MATCH (e:Event) RETURN e.name ORDER BY e.name"));
        assertEquals(2L, query("MATCH (a:Article)-[:REPORTS]->(e:Event {name: '签约仪式', region: '临江市'}) RETURN count(a)")
                .getFirst().get(0).asLong());
    }

    @Test
    void unknownRegion_keepsRelativeNamesInTheirArticle() {
        ArticleExtraction a = IdentityFixtures.standingCommittee("某网", "市委常委会会议");
        ArticleExtraction b = IdentityFixtures.standingCommittee("另一网", "市委常委会会议");
        write(writer, a);
        write(writer, b);
        assertEquals(2L, query("MATCH (e:Event {name: '市委常委会会议'}) RETURN count(e)").getFirst().get(0).asLong());
        assertEquals(2L, query("MATCH (o:Organization {name: '市委'}) WHERE o.local RETURN count(o)").getFirst().get(0).asLong());
        assertEquals(0L, query("MATCH (p:Position) WHERE p.key = '市长' RETURN count(p)").getFirst().get(0).asLong(),
                "a bare 市长 of an unknown city is never one global post");
    }

    @Test
    void decisions_mergeAndSplit_asTheySay(@TempDir Path dir) throws Exception {
        Path merge = dir.resolve("merge.tsv");
        Files.writeString(merge, "# the mayor moved\nmerge\t王军\t临江市\t青河市\n");
        GraphWriter merging = new GraphWriter(store.driver(), store.sessionConfig(), RegionInference.shipped(),
                PersonDecisions.read(merge));
        write(merging, IdentityFixtures.standingCommittee("临江日报", "市委常委会会议"));
        write(merging, IdentityFixtures.standingCommittee("青河日报", "市委常委会会议"));
        assertEquals(List.of("王军@临江市"), strings("MATCH (p:Person {name: '王军'}) RETURN p.key"));
        assertEquals(List.of("临江市", "青河市"), query("MATCH (p:Person {name: '王军'}) RETURN p.regions").getFirst().get(0)
                .asList(org.neo4j.driver.Value::asString));

        TestNeo4j.clear();
        // Without a decision, a shared organization ties the two; the split decision keeps them apart.
        ArticleExtraction a = IdentityFixtures.mayorInspects("临江日报");
        write(writer, a);
        ArticleExtraction same = IdentityFixtures.mayorInspects("青河日报");
        write(writer, same.withTitle("另一篇").withDate("2024-04-03"));
        assertEquals(1L, query("MATCH (p:Person {name: '王军'}) RETURN count(p)").getFirst().get(0).asLong(),
                "same post (临江市市长) → one person");
        TestNeo4j.clear();
        Path split = dir.resolve("split.tsv");
        Files.writeString(split, "split\t王军\t临江市\t青河市\n");
        GraphWriter splitting = new GraphWriter(store.driver(), store.sessionConfig(), RegionInference.shipped(),
                PersonDecisions.read(split));
        write(splitting, a);
        write(splitting, same.withTitle("另一篇").withDate("2024-04-03"));
        assertEquals(2L, query("MATCH (p:Person {name: '王军'}) RETURN count(p)").getFirst().get(0).asLong());
    }

    @Test
    void aMalformedDecisionsFile_isAnErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "merge\t王军\t临江市\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PersonDecisions.read(bad));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }
}
