package newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.extract.ContinuationLinker;
import newsgraph.extract.Extractor;
import newsgraph.extract.text.InputFiles;
import newsgraph.model.DocumentExtraction;
import newsgraph.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph extract FILE|DIR… [--date YYYY-MM-DD] [--out FILE]}: extraction-v1 JSON of every
 * file (a directory means its {@code .txt} files). Files that cannot be read (or are refused by their
 * type: FIFOs, devices, sockets, dangling links, loops) get an {@code error} and a message on stderr;
 * the others are still processed. Exit status as {@code ingest}: 0 all fine, 1 some input refused,
 * 2 usage.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract officials, events, parks and projects from news text files (extraction-v1 JSON).")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Text files, or directories of .txt files.")
    List<Path> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date: resolves 今天, 6月6日... Default, per file: a date printed in a page header or metadata line (发布时间：…), else one in the file name (2024-06-06, 20240606), else the year read from the text.")
    LocalDate date;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here instead of stdout.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Extraction result = run(new Extractor(), inputs, date, System.err);
        ObjectMapper json = mapper();
        if (out != null) {
            json.writeValue(out.toFile(), result);
        } else {
            OutputStream o = System.out;
            json.writeValue(new PrintStream(o, false, StandardCharsets.UTF_8), result);
            System.out.println();
        }
        return result.documents().stream().anyMatch(d -> d.error() != null) ? 1 : 0;
    }

    /**
     * Extracts every input, reporting failures on {@code err}; articles continued on another page of
     * the inputs are linked ({@link ContinuationLinker}). An input refused by its type (a FIFO, a
     * device, a dangling link, a loop) is a failed document like an unreadable one; the others run.
     */
    public static Extraction run(Extractor extractor, List<Path> inputs, LocalDate date, PrintStream err) {
        List<DocumentExtraction> docs = new ArrayList<>();
        for (InputFiles.Input in : InputFiles.expand(inputs, InputFiles.Selection.TEXT_FILES)) {
            Path f = in.path();
            String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
            DocumentExtraction d;
            if (in.refused()) {
                d = DocumentExtraction.failed(name, in.refusal());
            } else {
                try {
                    d = extractor.extractFile(f, date);
                } catch (RuntimeException e) {
                    d = DocumentExtraction.failed(name, "extraction failed: " + e);
                }
            }
            if (d.error() != null) {
                err.println("newsgraph extract: " + f + ": " + d.error());
            }
            docs.add(d);
        }
        return Extraction.of(new ContinuationLinker().link(docs));
    }

    /** The readable files named, with directories expanded to their .txt files in name order (refused inputs left out). */
    public static List<Path> files(List<Path> inputs) {
        return InputFiles.expand(inputs, InputFiles.Selection.TEXT_FILES).stream()
                .filter(in -> !in.refused()).map(InputFiles.Input::path).toList();
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
