package newsgraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import newsgraph.extract.region.RegionInference;
import newsgraph.extract.text.InputFiles;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphStats;
import newsgraph.graph.ImportGraph;
import newsgraph.graph.PersonDecisions;
import newsgraph.graph.WriteResult;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.DocumentExtraction;
import newsgraph.neo4j.GraphStore;
import newsgraph.neo4j.Neo4jImport;
import newsgraph.schema.SchemaMigrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The initial load of a big archive into a new embedded store, through Neo4j's bulk importer
 * instead of one transaction per article: (1) every article is extracted (or read from
 * extraction-v1 JSON) and planned exactly as {@code ingest} would write it, in the same order
 * ({@link ImportGraph}), into the importer's CSV files; (2) Neo4j's importer writes the store;
 * (3) the store is opened, empty lists restored, the schema created and the migrations recorded. The
 * ledger ({@code :__IngestedArticle}) is part of the import, so {@code ingest} carries on from there
 * and skips what was loaded.
 *
 * <p>Only into a new store: the importer cannot add to one, so a target that holds anything is
 * refused before any work. The store is built beside the target ({@code DIR.bulk-load-partial}) and
 * renamed to it only when finished, so a failed load leaves no store under the target's name; the
 * partial directory it leaves is named in the refusal of the next run.
 */
public final class BulkLoader {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoader.class);
    /** What a load did, with the time of each step. */
    public record Summary(int files, int filesFailed, int articles, int unchanged, long nodes, long relationships,
                          Duration plan, Duration importer, Duration schema, GraphStats stats) {

        public Duration total() {
            return plan.plus(importer).plus(schema);
        }

        public String describe() {
            double seconds = total().toMillis() / 1000.0;
            return String.format("bulk-load: %,d files (%,d failed), %,d articles (%,d repeated, skipped), %,d nodes,"
                            + " %,d relationships in %.1f s (extract and plan %.1f s, Neo4j import %.1f s, schema %.1f s):"
                            + " %,.0f articles/s, %,.0f nodes/s",
                    files, filesFailed, articles, unchanged, nodes, relationships, seconds, plan.toMillis() / 1000.0,
                    importer.toMillis() / 1000.0, schema.toMillis() / 1000.0, articles / seconds, nodes / seconds);
        }
    }

    private final ArticleExtractor extractor;
    private final RegionInference regions;
    private final PersonDecisions decisions;
    private final LocalDate date;
    private final String source;
    private final String region;

    /** As {@link Ingester}: {@code date}, {@code source} and {@code region} (each may be null) apply to every article. */
    public BulkLoader(ArticleExtractor extractor, RegionInference regions, PersonDecisions decisions,
                      LocalDate date, String source, String region) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.date = date;
        this.source = source;
        this.region = region;
    }

    /**
     * Why {@code dataDir} cannot take a bulk load, or null when it can (absent, or an empty directory).
     */
    public static String refusal(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return null;
        }
        if (!Files.isDirectory(dataDir)) {
            return dataDir + " is not a directory";
        }
        try (var entries = Files.list(dataDir)) {
            if (entries.findAny().isPresent()) {
                return dataDir + " is not empty: bulk-load only creates a new store (Neo4j's importer cannot add to one);"
                        + " add to an existing store with `ingest`, or give a new directory with --data";
            }
        } catch (IOException e) {
            return "cannot read " + dataDir + ": " + e.getMessage();
        }
        return null;
    }

    /** Where the store is built before it takes its name (beside it, so the rename is atomic). */
    static Path partial(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".bulk-load-partial");
    }

    /**
     * Loads {@code inputs} into a new store in {@code dataDir}, opening it on the way with {@code open}
     * (which starts the embedded server on the directory it is given) to finish the schema.
     *
     * @param csvDir where the CSV files go (created; the caller deletes it)
     */
    public Summary load(List<InputFiles.Input> inputs, Path dataDir, Path csvDir, int threads, String offHeap,
                        Function<Path, GraphStore> open, PrintStream out) {
        String refused = refusal(dataDir);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        Path work = partial(dataDir);
        if (Files.exists(work)) {
            throw new IllegalArgumentException(work + " exists: a bulk-load into " + dataDir + " was interrupted or failed;"
                    + " delete " + work + " and run again");
        }
        long t0 = System.nanoTime();
        int filesFailed = 0;
        int articles = 0;
        int unchanged = 0;
        long nodes = 0;
        long relationships = 0;
        List<ImportGraph.ImportFile> files;
        try {
            Files.createDirectories(csvDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + csvDir + ": " + e.getMessage(), e);
        }
        try (ImportGraph graph = new ImportGraph(csvDir, regions, decisions)) {
            for (InputFiles.Input input : inputs) {
                List<DocumentExtraction> documents;
                try {
                    if (input.refused()) {
                        throw new IllegalArgumentException(input.refusal());
                    }
                    documents = read(input.path());
                } catch (IOException | RuntimeException e) {
                    filesFailed++;
                    out.println(input.path() + ": " + e.getMessage());
                    continue;
                }
                for (DocumentExtraction document : documents) {
                    if (document.error() != null) {
                        out.println(document.file() + ": " + document.error());
                        continue;
                    }
                    for (ArticleExtraction article : document.articles()) {
                        WriteResult r = graph.add(article, new ArticleMetadata(document.file(), source, null, date, region));
                        if (r.created()) {
                            articles++;
                            nodes += r.nodesCreated();
                            relationships += r.relationshipsCreated();
                        } else {
                            unchanged++;
                        }
                    }
                }
            }
            files = graph.finish();
        } catch (OutOfMemoryError e) {
            // The held nodes are unreachable once the graph's block is left: there is room to say why.
            throw new IllegalStateException(outOfHeap(articles, dataDir), e);
        }
        Duration plan = Duration.ofNanos(System.nanoTime() - t0);
        LOG.info("planned {} articles into {} CSV files in {} s", articles, files.size(), plan.toSeconds());

        long t1 = System.nanoTime();
        List<Neo4jImport.Input> inputsForImport = files.stream()
                .map(f -> new Neo4jImport.Input(f.path(), f.nodes() ? null : f.type())).toList();
        Neo4jImport.run(work, inputsForImport, ImportGraph.ARRAY_DELIMITER, threads, offHeap, csvDir, out);
        Duration importer = Duration.ofNanos(System.nanoTime() - t1);

        long t2 = System.nanoTime();
        GraphStats stats;
        try (GraphStore store = open.apply(work)) {
            restoreEmptyLists(store);
            SchemaMigrator.bundled().migrateImported(store.driver(), store.sessionConfig());
            stats = GraphStats.read(store.driver(), store.sessionConfig());
        }
        // Only a finished store takes the target's name: a failed load never looks like a store.
        try {
            Files.deleteIfExists(dataDir); // empty, checked above
            Files.move(work, dataDir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the store is complete in " + work + " but cannot be renamed to " + dataDir
                    + ": " + e.getMessage(), e);
        }
        Duration schema = Duration.ofNanos(System.nanoTime() - t2);
        return new Summary(inputs.size(), filesFailed, articles, unchanged, nodes, relationships, plan, importer, schema, stats);
    }

    /**
     * Why a plan that ran out of heap stopped, and what to do. The plan holds the archive's people,
     * organizations, events and the other nodes later articles can change until it writes them out
     * (docs/scale.md, "Memory": ~0.6-2.3 KB an article): a big archive needs a bigger heap than the
     * launcher's default. Nothing was written to the target yet (the store is only built after the plan).
     */
    static String outOfHeap(int articles, Path dataDir) {
        return String.format(java.util.Locale.ROOT, "ran out of heap while planning, after %,d articles (max heap %,d MiB):"
                        + " bulk-load holds the people, organizations and events of the archive in memory until it writes"
                        + " them out (docs/scale.md, \"Memory\"); nothing was written to %s. Give it more heap, e.g."
                        + " NEWSGRAPH_JAVA_OPTS=-Xmx4g, and run it again",
                articles, Runtime.getRuntime().maxMemory() >> 20, dataDir);
    }

    /**
     * The importer writes no empty list; {@code ingest} does ({@code aliases = []}), and its later
     * writes append to them ({@code null + [..]} would stay null). {@link ImportGraph} marked each
     * node holding one; set them, then drop the marks.
     */
    private static void restoreEmptyLists(GraphStore store) {
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("MATCH (n:" + ImportGraph.EMPTY_LISTS_LABEL + ") CALL (n) {"
                    + " FOREACH (k IN n." + ImportGraph.EMPTY_LISTS_PROPERTY + " | SET n[k] = [])"
                    + " REMOVE n:" + ImportGraph.EMPTY_LISTS_LABEL + ", n." + ImportGraph.EMPTY_LISTS_PROPERTY
                    + " } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    private List<DocumentExtraction> read(Path file) throws IOException {
        return Ingester.documents(file, extractor, date);
    }
}
