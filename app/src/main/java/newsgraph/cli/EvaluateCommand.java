package newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.extract.Extractor;
import newsgraph.extract.eval.Scorer;
import newsgraph.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph evaluate --gold GOLD.json FILE|DIR…}: extracts the files and prints precision,
 * recall and F1 per category by the rules of ../shared/eval/score.py. With {@code --pred OUT.json}
 * it scores an existing extraction instead of extracting.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score extraction against a gold annotation (same figures as score.py).")
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "gold-v1 annotation.")
    Path gold;

    @Option(names = "--pred", paramLabel = "OUT.json", description = "Score this extraction-v1 file instead of extracting.")
    Path pred;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date passed to the extractor.")
    LocalDate date;

    @Option(names = "--verbose", description = "List what was missed and what was extra.")
    boolean verbose;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Text files, or directories of .txt files.")
    List<Path> inputs = List.of();

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode predicted;
        if (pred != null) {
            predicted = json.readTree(pred.toFile());
        } else {
            if (inputs.isEmpty()) {
                System.err.println("newsgraph evaluate: give FILE|DIR to extract, or --pred OUT.json");
                return 2;
            }
            Extraction ex = ExtractCommand.run(new Extractor(), inputs, date, System.err);
            predicted = json.valueToTree(ex);
        }
        Scorer.Result r = new Scorer().score(json.readTree(gold.toFile()), predicted);
        System.out.print(r.format(verbose));
        return 0;
    }
}
