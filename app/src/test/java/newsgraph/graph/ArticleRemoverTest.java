package newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsgraph.model.ArticleExtraction;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

class ArticleRemoverTest {

    private final GraphStore store = TestNeo4j.shared();
    private final GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
    private final ArticleRemover remover = new ArticleRemover(store.driver(), store.sessionConfig());

    @BeforeEach
    void clear() {
        TestNeo4j.clear();
    }

    private String write(ArticleExtraction a) {
        return writer.write(a, ArticleMetadata.ofFile("fixture.txt")).articleId();
    }

    /**
     * Every node (labels and properties) and every relationship (type, ends, properties) in a stable
     * order. Left out: aliases and their index (graph-schema V017; a name a removed report went by stays
     * findable, by design) and the ledger's ingestion time (the two graphs are written at different times).
     */
    private List<String> dump() {
        try (var session = store.driver().session(store.sessionConfig())) {
            List<String> lines = new ArrayList<>();
            session.run("""
                    MATCH (n) WHERE NOT n:__SchemaMigration AND NOT n:__Alias
                    RETURN labels(n) AS labels, properties(n) AS props""").list().forEach(r -> lines.add(
                    "node " + r.get("labels").asList(Value::asString).stream().sorted().toList() + " " + canonical(r.get("props"))));
            session.run("""
                    MATCH (s)-[r]->(e) WHERE NOT r:__ALIAS_OF
                    RETURN type(r) AS type, coalesce(s.key, s.id, s.name) AS s, coalesce(e.key, e.id, e.name) AS e,
                           properties(r) AS props""").list().forEach(r -> lines.add("rel " + r.get("type").asString() + " "
                    + r.get("s").asString() + " -> " + r.get("e").asString() + " " + canonical(r.get("props"))));
            return lines.stream().sorted().toList();
        }
    }

    private static List<String> difference(List<String> a, List<String> b) {
        return a.stream().filter(x -> !b.contains(x)).map(x -> x.length() > 300 ? x.substring(0, 300) + "…" : x).toList();
    }

    private static String canonical(Value props) {
        Map<String, String> sorted = new TreeMap<>();
        props.asMap(v -> v).forEach((k, v) -> {
            if (!k.equals("aliases") && !k.equals("ingestedAt")) {
                sorted.put(k, v.hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST())
                        ? v.asList(Value::toString).stream().sorted().toList().toString() : v.toString());
            }
        });
        return sorted.toString();
    }

    @Test
    void removingTheLatestArticle_restoresTheGraphWrittenWithoutIt() {
        List<ArticleExtraction> all = Fixtures.all();
        for (int i = 0; i < all.size(); i++) {
            TestNeo4j.clear();
            List<ArticleExtraction> others = new ArrayList<>(all);
            ArticleExtraction last = others.remove(i);
            others.forEach(this::write);
            List<String> without = dump();

            String id = write(last);
            assertTrue(!dump().equals(without), "the article added something");
            var removed = remover.remove(id).orElseThrow();
            assertEquals(id, removed.articleId());
            List<String> after = dump();
            assertEquals(List.of(), difference(without, after), "after removing " + last.title() + ": lost");
            assertEquals(List.of(), difference(after, without), "after removing " + last.title() + ": left behind");
            AliasIndexTest.assertMirrorsLists(store, "after removing " + last.title());
        }
    }

    @Test
    void factsThatAnotherArticleStates_stay_andTheRestGoes() {
        String first = write(Fixtures.meeting2023());
        write(Fixtures.meeting2023Other()); // the same meeting, 林海峰 speaking, from another paper
        write(Fixtures.project2023());

        remover.remove(first).orElseThrow();
        try (var session = store.driver().session(store.sessionConfig())) {
            var rows = session.run("""
                    MATCH (p:Person {name: '林海峰'})-[r:ATTENDED]->(e:Event)
                    RETURN collect(r.role) AS roles, count(DISTINCT e) AS events""").single();
            assertEquals(List.of("spoke"), rows.get("roles").asList(Value::asString), "the other paper's report stays");
            assertEquals(0L, session.run("MATCH (p:Person {name: '韩志远'}) RETURN count(p)").single().get(0).asLong(),
                    "韩志远 was known from the removed article only");
            assertEquals(0L, session.run("MATCH (p:Reporter) RETURN count(p)").single().get(0).asLong(),
                    "so was its reporter");
            assertEquals(0L, session.run("MATCH (p:Position {title: '东岳自贸片区管委主任'}) RETURN count(p)")
                    .single().get(0).asLong(), "and the title only it stated");
            assertEquals(1L, session.run("MATCH (p:Project {name: '青松智造项目'}) RETURN count(p)").single().get(0).asLong(),
                    "an unrelated article is untouched");
            assertEquals(2L, session.run("MATCH (l:__IngestedArticle) RETURN count(l)").single().get(0).asLong(),
                    "the ledger forgets the removed article");
        }
        // Forgotten by the ledger: the same text can be ingested again.
        assertTrue(writer.write(Fixtures.meeting2023(), ArticleMetadata.ofFile("fixture.txt")).created());
    }

    @Test
    void anUnknownArticle_changesNothing() {
        write(Fixtures.project2023());
        List<String> before = dump();
        assertTrue(remover.remove("0123456789abcdef0123456789abcdef").isEmpty());
        assertEquals(before, dump());
    }
}
