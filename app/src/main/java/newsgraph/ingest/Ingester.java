package newsgraph.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import newsgraph.extract.text.InputFiles;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.WriteResult;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.DocumentExtraction;
import newsgraph.model.Extraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files, extracts their articles and writes them through {@link GraphWriter}. Files are read
 * and extracted on a few threads ({@link Settings#threads}), at most {@link Settings#queue} files
 * ahead of the writer, so memory stays bounded whatever the number of files; one writer writes the
 * articles in input order, up to {@link Settings#batch} per transaction, each article with its
 * ledger entry. The graph is the one writing the articles one by one, in the same order, would give
 * (GraphWriter resolves each article against what the ones before it wrote). A run stopped at any
 * point keeps every batch it committed and no part of any other; the next run skips what the ledger
 * already holds. An article that cannot be written is written alone, reported, and left out; its
 * batch-mates are written. A {@code .json} file is read as extraction-v1 (the output of
 * {@code extract}); any other file goes to the extractor, which decodes it and says why when it
 * cannot (binary, wrong encoding, too large).
 */
public final class Ingester {

    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Told of every article written and every file done, for progress reporting; called on the writer's thread. */
    public interface Listener {
        default void article(WriteResult result) {}

        default void fileDone(Path file, int articles, String error) {}
    }

    /**
     * How ingest runs: {@code threads} reading and extracting files, at most {@code queue} files read
     * ahead of the writer (their articles held in memory), at most {@code batch} articles per write
     * transaction. The writer does not wait for a full batch: when the next file is not extracted yet,
     * it writes what it has, so batches grow only when writing is what holds the run up.
     */
    public record Settings(int threads, int queue, int batch) {
        public Settings {
            if (threads < 1 || queue < 1 || batch < 1) {
                throw new IllegalArgumentException("threads, queue and batch must be at least 1: " + threads + ", "
                        + queue + ", " + batch);
            }
        }

        /** One extraction thread per core (at most 4), 4 files ahead per thread, 100 articles per transaction. */
        public static Settings defaults() {
            int threads = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
            return new Settings(threads, 4 * threads, 100);
        }

        /** One article per transaction, on one thread: how ingest ran before batches. */
        public static Settings oneByOne() {
            return new Settings(1, 1, 1);
        }
    }

    /**
     * One input: the file it is reported as, how to read its documents (on an extraction thread),
     * and what is known about each document's articles ({@code metadata}; null: the document's file
     * name with the run's date, source and region, as for files given to ingest).
     */
    public record Unit(Path file, Callable<List<DocumentExtraction>> documents,
                       Function<DocumentExtraction, ArticleMetadata> metadata) {
        public Unit(Path file, Callable<List<DocumentExtraction>> documents) {
            this(file, documents, null);
        }
    }

    private final GraphWriter writer;
    private final ArticleExtractor extractor;
    private final LocalDate date;
    private final String source;
    private final String region;
    private final Settings settings;

    /** {@code date} and {@code source} (may be null) apply to every article of the run. */
    public Ingester(GraphWriter writer, ArticleExtractor extractor, LocalDate date, String source) {
        this(writer, extractor, date, source, null);
    }

    /** {@code date}, {@code source} and {@code region} (each may be null) apply to every article of the run. */
    public Ingester(GraphWriter writer, ArticleExtractor extractor, LocalDate date, String source, String region) {
        this(writer, extractor, date, source, region, Settings.defaults());
    }

    public Ingester(GraphWriter writer, ArticleExtractor extractor, LocalDate date, String source, String region,
                    Settings settings) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.date = date;
        this.source = source;
        this.region = region;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The files to ingest: each file given, and every non-hidden file under each directory but
     * README.md, sorted; inputs that are no regular files (FIFOs, devices, dangling links, loops) are
     * kept, to be refused one by one with their reason ({@link InputFiles}).
     */
    public static List<Path> expand(List<Path> inputs) {
        return InputFiles.expand(inputs, InputFiles.Selection.ALL_FILES).stream().map(InputFiles.Input::path).toList();
    }

    public IngestSummary ingest(List<Path> files, Listener listener) {
        return ingestInputs(files.stream().map(f -> new InputFiles.Input(f, null)).toList(), listener);
    }

    /** Ingests every input; one refused ({@link InputFiles.Input#refusal}) counts as a failed file, the others go on. */
    public IngestSummary ingestInputs(List<InputFiles.Input> files, Listener listener) {
        return run(files.stream().map(input -> new Unit(input.path(), () -> {
            if (input.refused()) {
                throw new IllegalArgumentException(input.refusal());
            }
            return read(input.path());
        })).toList(), listener);
    }

    /** Ingests the documents of every unit, in order; a unit that cannot be read counts as a failed file. */
    public IngestSummary run(List<Unit> units, Listener listener) {
        long started = System.nanoTime();
        ExecutorService readers = Executors.newFixedThreadPool(settings.threads(), Thread.ofPlatform().daemon()
                .name("ingest-extract-", 1).factory());
        try {
            Run run = new Run(listener);
            Deque<Future<ReadUnit>> ahead = new ArrayDeque<>();
            Iterator<Unit> next = units.iterator();
            while (ahead.size() < settings.queue() && next.hasNext()) {
                ahead.add(readers.submit(task(next.next())));
            }
            writer.warmUp(); // plans the writer's statements while the first files are read
            while (!ahead.isEmpty()) {
                if (!ahead.peek().isDone() && !run.batch.isEmpty()) {
                    run.flush(); // the writer would wait: write what it has meanwhile
                    continue;
                }
                ReadUnit unit = join(ahead.poll());
                if (next.hasNext()) {
                    ahead.add(readers.submit(task(next.next())));
                }
                run.add(unit);
            }
            run.flush();
            if (run.created > 0) {
                writer.awaitSearchable(); // done means searchable: substring search's index lags the commits (V011)
            }
            return new IngestSummary(units.size(), run.filesFailed, run.created, run.unchanged, run.failed, run.nodes,
                    run.relationships, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            readers.shutdownNow();
        }
    }

    /** A unit read and its articles prepared: each article ready to write, or the reason it is not. */
    private record ReadUnit(Path file, String error, List<String> documentErrors, List<Article> articles) {}

    private record Article(String document, String title, GraphWriter.Prepared prepared, String error) {}

    private Callable<ReadUnit> task(Unit unit) {
        return () -> {
            List<DocumentExtraction> documents;
            try {
                documents = unit.documents().call();
            } catch (Exception e) {
                return new ReadUnit(unit.file(), String.valueOf(e.getMessage()), List.of(), List.of());
            }
            List<String> documentErrors = new ArrayList<>();
            List<Article> articles = new ArrayList<>();
            for (DocumentExtraction document : documents) {
                if (document.error() != null) {
                    documentErrors.add(document.file() + ": " + document.error());
                    continue;
                }
                ArticleMetadata metadata;
                try {
                    metadata = unit.metadata() != null ? unit.metadata().apply(document)
                            : new ArticleMetadata(document.file(), source, null, date, region);
                } catch (RuntimeException e) {
                    documentErrors.add(document.file() + ": " + e.getMessage());
                    continue;
                }
                for (ArticleExtraction article : document.articles()) {
                    try {
                        articles.add(new Article(document.file(), article.title(), writer.prepare(article, metadata), null));
                    } catch (RuntimeException e) {
                        articles.add(new Article(document.file(), article.title(), null, String.valueOf(e.getMessage())));
                    }
                }
            }
            return new ReadUnit(unit.file(), null, documentErrors, articles);
        };
    }

    private static ReadUnit join(Future<ReadUnit> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading an input failed: " + e.getCause(), e.getCause());
        }
    }

    /** The writer's side of a run: the batch being filled, the files not yet reported, the counts. */
    private final class Run {
        private final Listener listener;
        /** Files in input order whose articles are not all written yet (reported done in that order). */
        private final Deque<FileState> files = new ArrayDeque<>();
        private final List<GraphWriter.Prepared> batch = new ArrayList<>();
        private final List<FileState> batchFiles = new ArrayList<>();
        private final List<Article> batchArticles = new ArrayList<>();
        int filesFailed;
        int created;
        int unchanged;
        int failed;
        long nodes;
        long relationships;

        Run(Listener listener) {
            this.listener = listener;
        }

        private static final class FileState {
            final Path file;
            /** Whether all its articles have been handed to the writer (only then can it be done). */
            boolean complete;
            int pending;
            int written;
            String error;

            FileState(Path file) {
                this.file = file;
            }
        }

        void add(ReadUnit unit) {
            FileState state = new FileState(unit.file());
            files.add(state);
            if (unit.error() != null) {
                LOG.warn("{}: {}", unit.file(), unit.error());
                state.error = unit.error();
                state.complete = true;
                reportDone();
                return;
            }
            for (String error : unit.documentErrors()) {
                LOG.warn("{}", error);
                state.error = error.substring(error.indexOf(": ") + 2);
            }
            for (Article a : unit.articles()) {
                if (a.error() != null) {
                    notWritten(state, a, a.error());
                    continue;
                }
                state.pending++;
                batch.add(a.prepared());
                batchFiles.add(state);
                batchArticles.add(a);
                if (batch.size() >= settings.batch()) {
                    flush();
                }
            }
            state.complete = true;
            reportDone();
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            GraphWriter.BatchResult result = writer.writeAll(List.copyOf(batch));
            nodes += result.nodesCreated();
            relationships += result.relationshipsCreated();
            List<GraphWriter.Outcome> outcomes = result.outcomes();
            List<FileState> states = List.copyOf(batchFiles);
            List<Article> articles = List.copyOf(batchArticles);
            batch.clear();
            batchFiles.clear();
            batchArticles.clear();
            for (int i = 0; i < outcomes.size(); i++) {
                GraphWriter.Outcome o = outcomes.get(i);
                FileState state = states.get(i);
                state.pending--;
                if (o.failed()) {
                    notWritten(state, articles.get(i), String.valueOf(o.error().getMessage()));
                    continue;
                }
                if (o.result().created()) {
                    created++;
                } else {
                    unchanged++;
                }
                state.written++;
                listener.article(o.result());
            }
            reportDone();
        }

        private void notWritten(FileState state, Article a, String error) {
            failed++;
            state.error = error;
            LOG.warn("{}: article '{}' not written: {}", a.document(), a.title(), error);
        }

        /** Reports, in input order, the files whose articles are all written or failed. */
        private void reportDone() {
            while (!files.isEmpty() && files.peek().complete && files.peek().pending == 0) {
                FileState done = files.poll();
                if (done.error != null && done.written == 0) {
                    filesFailed++;
                }
                listener.fileDone(done.file, done.written, done.error);
            }
        }
    }

    private List<DocumentExtraction> read(Path file) throws IOException {
        return documents(file, extractor, date);
    }

    /**
     * The documents of one input file, as ingest and bulk-load read it: extraction-v1 JSON as it is,
     * any other file extracted (with the run's date).
     */
    public static List<DocumentExtraction> documents(Path file, ArticleExtractor extractor, LocalDate date) throws IOException {
        String refusal = InputFiles.refusal(file); // by type, before opening: a FIFO would block the read
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            Extraction extraction = JSON.readValue(file.toFile(), Extraction.class);
            if (!Extraction.FORMAT.equals(extraction.format())) {
                throw new IllegalArgumentException("not extraction-v1 JSON (format: " + extraction.format() + ")");
            }
            return extraction.documents();
        }
        return List.of(extractor.extract(file, date));
    }
}
