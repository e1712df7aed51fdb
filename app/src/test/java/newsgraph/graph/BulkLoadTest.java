package newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsgraph.bench.CorpusGenerator;
import newsgraph.cli.ExtractCommand;
import newsgraph.extract.region.RegionInference;
import newsgraph.extract.text.InputFiles;
import newsgraph.ingest.ArticleExtractor;
import newsgraph.ingest.BulkLoader;
import newsgraph.ingest.IngestSummary;
import newsgraph.ingest.Ingester;
import newsgraph.ingest.Samples;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.DocumentExtraction;
import newsgraph.model.Extraction;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

/**
 * bulk-load against ingest: the same files give the same graph (every node with its key and
 * properties, every relationship with its ends and properties, the ledger), and ingest carries on
 * from an imported store exactly as from its own. The corpus: generated articles (fictional
 * names), the bundled fictional samples, and the identity fixtures (two cities, relative names,
 * namesakes, one event reported by two outlets).
 */
class BulkLoadTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @Test
    void bulkLoad_givesTheGraphIngestGives_andIngestCarriesOnFromIt() throws IOException {
        Path inputs = TestNeo4j.tempDir("bulk-inputs-");
        CorpusGenerator generator = new CorpusGenerator(11);
        List<ArticleExtraction> fixtures = new ArrayList<>(Fixtures.all());
        fixtures.add(IdentityFixtures.standingCommittee("临江日报", "市委常委会会议"));
        fixtures.add(IdentityFixtures.standingCommittee("青河日报", "市委常委会会议"));
        fixtures.add(IdentityFixtures.mayorInspects("临江日报"));
        fixtures.add(IdentityFixtures.standingCommittee("临江晚报", "市委常委会第十二次会议"));
        fixtures.add(IdentityFixtures.signing("临江日报", "签约仪式"));
        fixtures.add(IdentityFixtures.signing("临江晚报", "项目集中签约仪式", "招商推介会"));
        fixtures.add(IdentityFixtures.signing("青河日报", "签约仪式"));
        write(inputs.resolve("a-fixtures.json"), List.of(new DocumentExtraction("fixtures.txt", fixtures, null)));
        write(inputs.resolve("b-samples.json"), Samples.bundled().stream().map(Samples.Sample::annotation).toList());
        write(inputs.resolve("c-generated.json"), List.of(new DocumentExtraction("generated-1.txt", generator.generate(0, 250), null),
                new DocumentExtraction("generated-2.txt", generator.generate(240, 60), null))); // ten articles twice
        List<InputFiles.Input> first = InputFiles.expand(List.of(inputs), InputFiles.Selection.ALL_FILES);

        Path ingested = TestNeo4j.tempDir("bulk-ingested-");
        Path imported = TestNeo4j.tempDir("bulk-imported-").resolve("store");
        IngestSummary byIngest;
        try (GraphStore store = TestNeo4j.start(ingested, false).migrate()) {
            byIngest = ingester(store).ingestInputs(first, new Ingester.Listener() {});
        }
        BulkLoader loader = new BulkLoader(ArticleExtractor.NONE, RegionInference.shipped(), PersonDecisions.NONE, null, null, null);
        BulkLoader.Summary byImport = loader.load(first, imported, TestNeo4j.tempDir("bulk-csv-"), 1, "256M",
                dir -> TestNeo4j.start(dir, false), QUIET);

        assertTrue(Files.notExists(imported.resolveSibling("store.bulk-load-partial")), "built beside, then renamed");
        assertEquals(byIngest.articlesNew(), byImport.articles());
        assertEquals(10, byImport.unchanged());
        assertEquals(byIngest.nodesCreated(), byImport.nodes());
        assertEquals(byIngest.relationshipsCreated(), byImport.relationships());
        String ingestDump;
        String importDump;
        try (GraphStore a = TestNeo4j.start(ingested, false); GraphStore b = TestNeo4j.start(imported, false)) {
            assertEquals(GraphStats.read(a.driver(), a.sessionConfig()), GraphStats.read(b.driver(), b.sessionConfig()));
            ingestDump = dump(a);
            importDump = dump(b);
            assertEquals(ingestDump, importDump);
            assertEquals(schema(a), schema(b));
            assertTrue(ingestDump.lines().filter(l -> l.startsWith("[Person")).count() > 100, "a corpus with people");
            assertTrue(importDump.contains("王军@临江市") && importDump.contains("王军@青河市"), "namesakes of two cities");

            // Incremental ingest on each: new articles are added, the loaded ones skipped by the ledger.
            Path more = TestNeo4j.tempDir("bulk-more-");
            write(more.resolve("d-more.json"), List.of(new DocumentExtraction("generated-3.txt", generator.generate(280, 80), null)));
            List<InputFiles.Input> second = InputFiles.expand(List.of(more), InputFiles.Selection.ALL_FILES);
            IngestSummary onIngested = ingester(a).ingestInputs(second, new Ingester.Listener() {});
            IngestSummary onImported = ingester(b).ingestInputs(second, new Ingester.Listener() {});
            assertEquals(60, onImported.articlesNew());
            assertEquals(20, onImported.articlesUnchanged());
            assertEquals(onIngested.nodesCreated(), onImported.nodesCreated());
            assertEquals(dump(a), dump(b));
            assertTrue(dump(b).length() > importDump.length());
        }
    }

    @Test
    void bulkLoad_refusesAStoreThatHoldsAnything() throws IOException {
        Path dir = TestNeo4j.tempDir("bulk-full-");
        Files.writeString(dir.resolve("something"), "x");
        BulkLoader loader = new BulkLoader(ArticleExtractor.NONE, RegionInference.shipped(), PersonDecisions.NONE, null, null, null);
        var e = assertThrows(IllegalArgumentException.class, () -> loader.load(List.of(), dir, TestNeo4j.tempDir("bulk-csv-"),
                1, "256M", d -> { throw new AssertionError("opened"); }, QUIET));
        assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
        assertEquals(List.of(dir.resolve("something")), Files.list(dir).toList(), "nothing written into it");
    }

    private static Ingester ingester(GraphStore store) {
        return new Ingester(new GraphWriter(store.driver(), store.sessionConfig()), ArticleExtractor.NONE, null, null);
    }

    private static void write(Path file, List<DocumentExtraction> documents) throws IOException {
        ExtractCommand.mapper().writeValue(file.toFile(), Extraction.of(documents));
    }

    /**
     * Every node (labels, identity, properties) and relationship (type, ends, properties), sorted;
     * times of day (ingestedAt, appliedAt) left out.
     */
    private static String dump(GraphStore store) {
        String identity = "coalesce(%1$s.key, %1$s.id, %1$s.name, toString(%1$s.version))";
        List<String> lines = new ArrayList<>();
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("MATCH (n) RETURN labels(n) AS labels, " + identity.formatted("n") + " AS id, properties(n) AS props")
                    .forEachRemaining(r -> lines.add(r.get("labels").asList(Value::asString).stream().sorted().toList()
                            + " " + r.get("id").asString() + " " + props(r.get("props"))));
            session.run("MATCH (s)-[r]->(e) RETURN type(r) AS type, " + identity.formatted("s") + " AS s, "
                            + identity.formatted("e") + " AS e, properties(r) AS props")
                    .forEachRemaining(r -> lines.add(r.get("type").asString() + " " + r.get("s").asString() + " -> "
                            + r.get("e").asString() + " " + props(r.get("props"))));
        }
        lines.sort(null);
        return String.join("\n", lines);
    }

    private static String props(Value map) {
        Map<String, Object> sorted = new TreeMap<>(map.asMap());
        sorted.remove("ingestedAt");
        sorted.remove("appliedAt");
        return sorted.toString();
    }

    private static List<String> schema(GraphStore store) {
        try (var session = store.driver().session(store.sessionConfig())) {
            return session.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint "
                            + "RETURN name, type, labelsOrTypes, properties, owningConstraint ORDER BY name")
                    .list(r -> r.get("name").asString() + " " + r.get("type").asString() + " " + r.get("labelsOrTypes")
                            + " " + r.get("properties") + " " + r.get("owningConstraint"));
        }
    }
}
