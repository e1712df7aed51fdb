package newsgraph;

import newsgraph.cli.BenchExtractCommand;
import newsgraph.cli.BenchIngestCommand;
import newsgraph.cli.BenchQueriesCommand;
import newsgraph.cli.NamesakesCommand;
import newsgraph.cli.RebuildCommand;
import newsgraph.cli.DemoCommand;
import newsgraph.cli.ErrorHandler;
import newsgraph.cli.EvaluateCommand;
import newsgraph.cli.ExtractCommand;
import newsgraph.cli.IngestCommand;
import newsgraph.cli.StatsCommand;
import newsgraph.cli.ServeCommand;
import newsgraph.cli.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one subcommand per job. Run through the {@code ./newsgraph} launcher. */
@Command(
        name = "newsgraph",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Chinese official-activity news to a Neo4j knowledge graph.",
        subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class, EvaluateCommand.class, IngestCommand.class,
                StatsCommand.class, NamesakesCommand.class, RebuildCommand.class, ServeCommand.class, DemoCommand.class, BenchExtractCommand.class,
                BenchIngestCommand.class, BenchQueriesCommand.class},
        footer = {"", "Launcher-only commands: ./newsgraph test (run the test suite), ./newsgraph build."})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorHandler());
    }
}
