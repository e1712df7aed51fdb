package newsgraph.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

    @Test
    void bundledSchema_isAppliedOnce_andRecordedApartFromDomainLabels() {
        GraphStore store = TestNeo4j.shared();
        SchemaMigrator migrator = SchemaMigrator.bundled();
        assertFalse(migrator.migrations().isEmpty());
        assertEquals(List.of(), migrator.migrate(store.driver(), store.sessionConfig()),
                "the shared store was migrated when opened: nothing left to apply");
        try (var session = store.driver().session(store.sessionConfig())) {
            long recorded = session.run("MATCH (m:__SchemaMigration) RETURN count(m) AS n").single().get("n").asLong();
            assertEquals(migrator.migrations().size(), recorded);
            List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                    .single().get("names").asList(v -> v.asString());
            assertTrue(constraints.contains("article_id"), "constraints from graph-schema/ exist: " + constraints);
        }
    }

    /**
     * V011 and V016: both name indexes are updated off the commit path (substring search's since V011,
     * the exact one, which the writer's alias lookup reads after waiting for its refresh, since V016),
     * with the same fields and analyzers as before.
     */
    @Test
    void nameIndexes_bothEventuallyConsistent_sameFieldsAndAnalyzers() {
        GraphStore store = TestNeo4j.shared();
        try (var session = store.driver().session(store.sessionConfig())) {
            var indexes = session.run("""
                    SHOW FULLTEXT INDEXES YIELD name, state, properties, options
                    WHERE name IN ['entity_names', 'entity_exact']
                    RETURN name, state, properties, options.indexConfig AS config ORDER BY name""").list();
            assertEquals(2, indexes.size());
            var exact = indexes.get(0);
            var names = indexes.get(1);
            assertEquals("entity_names", names.get("name").asString());
            assertEquals("ONLINE", names.get("state").asString());
            assertEquals(List.of("name", "title", "aliases"), names.get("properties").asList(v -> v.asString()));
            assertEquals("standard-no-stop-words", names.get("config").get("fulltext.analyzer").asString());
            assertTrue(names.get("config").get("fulltext.eventually_consistent").asBoolean());
            assertEquals("ONLINE", exact.get("state").asString());
            assertEquals(List.of("key", "id", "name", "title", "aliases"), exact.get("properties").asList(v -> v.asString()));
            assertEquals("keyword", exact.get("config").get("fulltext.analyzer").asString());
            assertTrue(exact.get("config").get("fulltext.eventually_consistent").asBoolean());
        }
    }

    @Test
    void newMigration_runsOnce_andAnEditedOneIsRefused() {
        GraphStore store = TestNeo4j.shared();
        Migration v900 = Migration.parse("V900__probe_index.cypher",
                "// a probe\nCREATE INDEX probe_name IF NOT EXISTS FOR (p:Probe) ON (p.name);\n");
        SchemaMigrator migrator = new SchemaMigrator(List.of(v900));
        assertEquals(List.of(v900), migrator.migrate(store.driver(), store.sessionConfig()));
        assertEquals(List.of(), migrator.migrate(store.driver(), store.sessionConfig()));

        Migration edited = Migration.parse("V900__probe_index.cypher",
                "CREATE INDEX probe_name2 IF NOT EXISTS FOR (p:Probe) ON (p.other);\n");
        var e = assertThrows(IllegalStateException.class,
                () -> new SchemaMigrator(List.of(edited)).migrate(store.driver(), store.sessionConfig()));
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("DROP INDEX probe_name IF EXISTS").consume();
            session.run("MATCH (m:__SchemaMigration {version: 900}) DELETE m").consume();
        }
    }

    @Test
    void anEditThatNamesTheTextItReplaces_isAccepted_andNotRunAgain() {
        GraphStore store = TestNeo4j.shared();
        String first = "CREATE INDEX probe_name IF NOT EXISTS FOR (p:Probe) ON (p.name);\n";
        Migration v901 = Migration.parse("V901__probe_index.cypher", first);
        assertEquals(List.of(v901), new SchemaMigrator(List.of(v901)).migrate(store.driver(), store.sessionConfig()));
        try {
            Migration rewritten = Migration.parse("V901__probe_index.cypher", "// the same index, said again\n"
                    + "// earlier checksum: " + v901.checksum() + "\n" + first);
            assertEquals(List.of(v901.checksum()), rewritten.earlierChecksums());
            assertEquals(List.of(), new SchemaMigrator(List.of(rewritten)).migrate(store.driver(), store.sessionConfig()),
                    "the store ran the text the file names: nothing to run");

            Migration other = Migration.parse("V901__probe_index.cypher",
                    "// earlier checksum: " + "0".repeat(64) + "\n" + first);
            var e = assertThrows(IllegalStateException.class,
                    () -> new SchemaMigrator(List.of(other)).migrate(store.driver(), store.sessionConfig()));
            assertTrue(e.getMessage().contains("V901__probe_index.cypher"), e.getMessage());
        } finally {
            try (var session = store.driver().session(store.sessionConfig())) {
                session.run("DROP INDEX probe_name IF EXISTS").consume();
                session.run("MATCH (m:__SchemaMigration {version: 901}) DELETE m").consume();
            }
        }
        var bad = assertThrows(IllegalArgumentException.class,
                () -> Migration.parse("V902__x.cypher", "// earlier checksum: abc\nRETURN 1;\n"));
        assertTrue(bad.getMessage().contains("V902__x.cypher") && bad.getMessage().contains("SHA-256"), bad.getMessage());
    }

    /**
     * A transaction holds everything it writes until it commits: a data statement over the whole store
     * in one transaction needs memory in proportion to the store (millions of summaries after a bulk
     * load of ten million articles, docs/scale.md). So every statement of the bundled files that is not
     * an index or a constraint commits in batches.
     */
    @Test
    void everyDataStatementOfTheBundledFiles_commitsInBatches() {
        List<String> unbatched = new java.util.ArrayList<>();
        for (Migration m : SchemaMigrator.bundled().migrations()) {
            for (String statement : m.statements()) {
                if (!SchemaMigrator.isSchemaStatement(statement) && !SchemaMigrator.batches(statement)) {
                    unbatched.add(m.file() + ": " + statement.lines().findFirst().orElse(""));
                }
            }
        }
        assertEquals(List.of(), unbatched);
        assertTrue(SchemaMigrator.batches("MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS"));
        assertTrue(!SchemaMigrator.batches("MATCH (n) SET n.x = 1") && !SchemaMigrator.isSchemaStatement("MATCH (n) SET n.x = 1"));
    }

    /**
     * V018 gives the ATTENDED records of a store written before it their person's key (which the writer and
     * the bulk load now write), namesakes apart, undated records too; run twice, it changes nothing more.
     */
    @Test
    void v018_givesEveryAttendedRecordItsPersonsKey() {
        GraphStore store = TestNeo4j.shared();
        TestNeo4j.clear();
        Migration v018 = SchemaMigrator.bundled().migrations().stream().filter(m -> m.version() == 18).findFirst().orElseThrow();
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("""
                    CREATE (p:Person {key: '甲乙@东岳市', name: '甲乙'}), (q:Person {key: '甲乙@南坪县', name: '甲乙'}),
                           (e:Event {id: 'v018-1', name: '推进会', date: date('2024-05-01')}), (f:Event {id: 'v018-2', name: '座谈会'})
                    CREATE (p)-[:ATTENDED {article: 'a1', role: 'attended', date: date('2024-05-01')}]->(e),
                           (q)-[:ATTENDED {article: 'a2', role: 'attended', date: date('2024-05-01')}]->(e),
                           (q)-[:ATTENDED {article: 'a3', role: 'chaired'}]->(f)
                    """).consume();
            for (int run = 0; run < 2; run++) {
                for (String statement : v018.statements()) {
                    session.run(statement).consume();
                }
                assertEquals(List.of("甲乙@东岳市 a1", "甲乙@南坪县 a2", "甲乙@南坪县 a3"), session.run(
                        "MATCH (p)-[a:ATTENDED]->() RETURN a.person + ' ' + a.article AS v ORDER BY v").list(r -> r.get("v").asString()));
            }
            assertEquals(List.of("person", "date"), session.run(
                    "SHOW INDEXES YIELD name, properties WHERE name = 'attended_person_date' RETURN properties")
                    .single().get("properties").asList(v -> v.asString()));
        } finally {
            TestNeo4j.clear();
        }
    }

    /**
     * V019 gives the TENURE summaries of a store written before it (and of a bulk load, whose TENURE V007
     * builds) their person's key, namesakes apart; run twice, it changes nothing more; and the pair of keys
     * is unique from then on: a second TENURE of one person and position is refused.
     */
    @Test
    void v019_givesEveryTenureItsPersonsKey_andThePairIsUnique() {
        GraphStore store = TestNeo4j.shared();
        TestNeo4j.clear();
        Migration v019 = SchemaMigrator.bundled().migrations().stream().filter(m -> m.version() == 19).findFirst().orElseThrow();
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("""
                    CREATE (p:Person {key: '丙丁@东岳市', name: '丙丁'}), (q:Person {key: '丙丁@南坪县', name: '丙丁'}),
                           (pos:Position {key: '东岳市副市长'}), (other:Position {key: '南坪县县长'})
                    CREATE (p)-[:TENURE {position: '东岳市副市长', articleCount: 2}]->(pos),
                           (q)-[:TENURE {position: '东岳市副市长', articleCount: 1}]->(pos),
                           (q)-[:TENURE {position: '南坪县县长', articleCount: 3}]->(other)
                    """).consume();
            for (int run = 0; run < 2; run++) {
                for (String statement : v019.statements()) {
                    session.run(statement).consume();
                }
                assertEquals(List.of("丙丁@东岳市 东岳市副市长 2", "丙丁@南坪县 东岳市副市长 1", "丙丁@南坪县 南坪县县长 3"), session.run(
                        "MATCH (p)-[t:TENURE]->() RETURN t.person + ' ' + t.position + ' ' + t.articleCount AS v ORDER BY v")
                        .list(r -> r.get("v").asString()));
            }
            assertEquals(List.of("person", "position"), session.run(
                    "SHOW CONSTRAINTS YIELD name, properties WHERE name = 'tenure_person_position' RETURN properties")
                    .single().get("properties").asList(v -> v.asString()));
            assertThrows(org.neo4j.driver.exceptions.ClientException.class, () -> session.run("""
                    MATCH (p:Person {key: '丙丁@东岳市'}), (pos:Position {key: '东岳市副市长'})
                    CREATE (p)-[:TENURE {person: p.key, position: pos.key}]->(pos)""").consume());
        } finally {
            TestNeo4j.clear();
        }
    }

    @Test
    void parse_namesTheFileOfAMalformedMigration() {
        var badName = assertThrows(IllegalArgumentException.class, () -> Migration.parse("constraints.cypher", "RETURN 1;"));
        assertTrue(badName.getMessage().contains("constraints.cypher"));
        var unterminated = assertThrows(IllegalArgumentException.class,
                () -> Migration.parse("V002__x.cypher", "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.b)"));
        assertTrue(unterminated.getMessage().contains("does not end with ';'"));
        assertEquals(2, Migration.parse("V003__y.cypher", "RETURN 1;\n// c\nRETURN\n 2;\n").statements().size());
    }

    @Test
    void duplicateVersions_areRefused() {
        var a = Migration.parse("V004__a.cypher", "RETURN 1;");
        var b = Migration.parse("V004__b.cypher", "RETURN 2;");
        assertThrows(IllegalArgumentException.class, () -> new SchemaMigrator(List.of(a, b)));
    }
}
