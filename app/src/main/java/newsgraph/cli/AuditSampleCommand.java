package newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.extract.eval.AuditSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph audit-sample EXTRACTION.json [--seed N] [--out audit.tsv]}: draws a seeded sample of
 * the extractor's output for a precision audit. The TSV holds kind, file, offsets and the extracted
 * value with an empty verdict column for the judge (y/n); the evidence sentences go to stdout only, so
 * an audit of third-party text can be kept in the repository without copying it.
 */
@Command(name = "audit-sample", hidden = true, mixinStandardHelpOptions = true,
        description = "A seeded random sample of an extraction for a precision audit (TSV with offsets; sentences on stdout).")
public final class AuditSampleCommand implements Callable<Integer> {
    @Parameters(paramLabel = "EXTRACTION.json", description = "Output of `extract`.")
    Path extraction;

    @Option(names = "--seed", defaultValue = "20261129", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sizes", defaultValue = "100,60,100,60", paramLabel = "O,E,L,P",
            description = "Officials, events with participants, participant links, projects (default ${DEFAULT-VALUE}).")
    String sizes;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the TSV here (default audit.tsv).", defaultValue = "audit.tsv")
    Path out;

    @Override
    public Integer call() throws Exception {
        int[] n = java.util.Arrays.stream(sizes.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        if (n.length != 4) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--sizes needs four numbers: O,E,L,P");
        }
        List<AuditSample.Item> items = AuditSample.draw(new ObjectMapper().readTree(extraction.toFile()),
                new AuditSample.Sizes(n[0], n[1], n[2], n[3]), seed);
        StringBuilder tsv = new StringBuilder("# kind\tfile\tstart\tend\tvalue\tverdict (y = right, n = wrong)\n");
        PrintStream show = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int i = 0;
        for (AuditSample.Item it : items) {
            tsv.append(String.join("\t", it.kind(), it.file(), String.valueOf(it.start()), String.valueOf(it.end()),
                    it.value().replace('\t', ' '), "")).append('\n');
            show.printf("%d\t%s\t%s\t%s%n\t%s%n", ++i, it.kind(), it.file(), it.value(), it.sentence());
        }
        Files.writeString(out, tsv, StandardCharsets.UTF_8);
        System.err.println("audit-sample: " + items.size() + " items in " + out);
        return 0;
    }
}
