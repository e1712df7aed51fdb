package newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import newsgraph.neo4j.GraphStore;
import newsgraph.schema.SchemaMigrator;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alias index of graph-schema V017: one (:__Alias {name}) per alias string, linked to every node whose
 * {@code aliases} list holds it, and to no other, whoever wrote the list (the writer, the remover, the
 * migration of an older store).
 */
class AliasIndexTest {

    private final GraphStore store = TestNeo4j.shared();
    private final GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
    private final ArticleRemover remover = new ArticleRemover(store.driver(), store.sessionConfig());

    @BeforeEach
    void clear() {
        TestNeo4j.clear();
    }

    /** The (alias, node) pairs the lists hold and those the index links, each sorted; and the unlinked aliases. */
    static void assertMirrorsLists(GraphStore store, String when) {
        try (var session = store.driver().session(store.sessionConfig())) {
            List<String> lists = session.run("""
                    MATCH (n) WHERE NOT n:__Alias AND size(coalesce(n.aliases, [])) > 0
                    UNWIND n.aliases AS k
                    WITH DISTINCT k, elementId(n) AS n
                    RETURN k + ' -> ' + n AS pair ORDER BY pair""").list(r -> r.get("pair").asString());
            List<String> index = session.run("""
                    MATCH (al:__Alias)-[:__ALIAS_OF]->(n)
                    RETURN al.name + ' -> ' + elementId(n) AS pair ORDER BY pair""").list(r -> r.get("pair").asString());
            assertEquals(lists, index, when + ": the index links exactly what the lists hold");
            assertEquals(0L, session.run("MATCH (al:__Alias) WHERE NOT (al)--() RETURN count(al)").single().get(0).asLong(),
                    when + ": no alias that nothing carries");
            assertEquals(0L, session.run("""
                    MATCH (al:__Alias)-[l:__ALIAS_OF]->(n) WITH al, n, count(l) AS links WHERE links > 1
                    RETURN count(*)""").single().get(0).asLong(), when + ": each pair linked once");
        }
    }

    private long count(String cypher) {
        try (var session = store.driver().session(store.sessionConfig())) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    @Test
    void everyWrittenAlias_isFoundByItsNode_andOnlyThose() {
        for (var article : Fixtures.all()) {
            writer.write(article, ArticleMetadata.ofFile("fixture.txt"));
            assertMirrorsLists(store, "after " + article.title());
        }
        try (var session = store.driver().session(store.sessionConfig())) {
            assertEquals(List.of("东岳新区总工会"), session.run(
                    "MATCH (:__Alias {name: '区总工会'})-[:__ALIAS_OF]->(o:Organization) RETURN o.key AS k")
                    .list(r -> r.get("k").asString()), "a relative name an organization went by");
            assertEquals(List.of("东岳智能制造产业园"), session.run(
                    "MATCH (:__Alias {name: '东岳智造园'})-[:__ALIAS_OF]->(p:Park) RETURN p.name AS k")
                    .list(r -> r.get("k").asString()), "a park's other name");
        }
        assertTrue(count("MATCH (al:__Alias) RETURN count(al)") > 0, "the fixtures have aliases");
        // bookkeeping, not the domain: stats count them apart
        GraphStats stats = GraphStats.read(store.driver(), store.sessionConfig());
        assertFalse(stats.nodes().containsKey("__Alias"));
        assertFalse(stats.relationships().containsKey("__ALIAS_OF"));
        assertEquals(count("MATCH (al:__Alias) RETURN count(al)"), stats.bookkeeping().get("__Alias"));
    }

    @Test
    void writingTheSameNamesAgain_addsNoAliasOrLink() {
        writer.write(Fixtures.signing2024(), ArticleMetadata.ofFile("a.txt"));
        writer.write(Fixtures.project2023(), ArticleMetadata.ofFile("b.txt"));
        long aliases = count("MATCH (al:__Alias) RETURN count(al)");
        long links = count("MATCH ()-[l:__ALIAS_OF]->() RETURN count(l)");
        // the same extraction under another text is another article naming the same entities the same way
        var again = Fixtures.signing2024();
        var copy = new newsgraph.model.ArticleExtraction(again.title(), again.date(), again.reporters(), again.officials(),
                again.events(), again.organizations(), again.parks(), again.projects(), again.text() + "\n（完）", again.start(),
                again.end());
        assertTrue(writer.write(copy, ArticleMetadata.ofFile("c.txt")).created());
        assertEquals(aliases, count("MATCH (al:__Alias) RETURN count(al)"));
        assertEquals(links, count("MATCH ()-[l:__ALIAS_OF]->() RETURN count(l)"));
        assertMirrorsLists(store, "written twice");
    }

    @Test
    void removingTheOnlyArticleOfANode_takesItsAliases() {
        String id = writer.write(Fixtures.project2023(), ArticleMetadata.ofFile("fixture.txt")).articleId();
        assertEquals(1L, count("MATCH (:__Alias {name: '东岳智造园'})-[:__ALIAS_OF]->(p:Park) RETURN count(p)"));
        remover.remove(id).orElseThrow();
        assertEquals(0L, count("MATCH (p:Park) RETURN count(p)"), "the park was known from that article only");
        assertEquals(0L, count("MATCH (al:__Alias) RETURN count(al)"), "so its alias answers nothing and goes");
        assertMirrorsLists(store, "after the removal");
    }

    @Test
    void theMigration_buildsTheIndexOfAStoreWrittenBeforeIt() {
        for (var article : Fixtures.all()) {
            writer.write(article, ArticleMetadata.ofFile("fixture.txt"));
        }
        // a store of V016: no alias nodes, V017 not recorded
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("MATCH (al:__Alias) DETACH DELETE al").consume();
            session.run("MATCH (m:__SchemaMigration {version: 17}) DELETE m").consume();
        }
        assertEquals(0L, count("MATCH (al:__Alias) RETURN count(al)"));
        SchemaMigrator.bundled().migrate(store.driver(), store.sessionConfig());
        assertTrue(count("MATCH (al:__Alias) RETURN count(al)") > 0);
        assertMirrorsLists(store, "migrated");
        assertEquals(1L, count("MATCH (m:__SchemaMigration {version: 17}) RETURN count(m)"));
    }

    @Test
    void theSavedQueries_findANodeByItsAlias() {
        writer.write(Fixtures.project2023(), ArticleMetadata.ofFile("fixture.txt"));
        var runner = new newsgraph.query.QueryRunner(store.driver(), store.sessionConfig(), java.time.Duration.ofSeconds(30), 100);
        var park = newsgraph.query.QueryCatalogue.bundled().get("park").orElseThrow();
        var rows = runner.run(park, Map.of("name", "东岳智造园")).rows();
        assertEquals(1, rows.size());
        assertEquals("东岳智能制造产业园", rows.getFirst().get("name"));
        assertEquals(List.of(), runner.run(park, Map.of("name", "东岳")).rows(), "a part of an alias is not the alias");
    }
}
