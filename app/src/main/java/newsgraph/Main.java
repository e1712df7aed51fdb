package newsgraph;

import newsgraph.cli.AuditSampleCommand;
import newsgraph.cli.BenchExtractCommand;
import newsgraph.cli.BenchIngestCommand;
import newsgraph.cli.BenchQueriesCommand;
import newsgraph.cli.BenchScalingCommand;
import newsgraph.cli.BenchBulkLoadCommand;
import newsgraph.cli.BenchSoakCommand;
import newsgraph.cli.BulkLoadCommand;
import newsgraph.cli.NamesakesCommand;
import newsgraph.cli.RebuildCommand;
import newsgraph.cli.RemoveCommand;
import newsgraph.cli.DemoCommand;
import newsgraph.cli.ErrorHandler;
import newsgraph.cli.EvaluateCommand;
import newsgraph.cli.ExtractCommand;
import newsgraph.cli.IngestCommand;
import newsgraph.cli.LauncherCommands;
import newsgraph.cli.StatsCommand;
import newsgraph.cli.ServeCommand;
import newsgraph.cli.Version;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one subcommand per job. Run through the {@code ./newsgraph} launcher. */
@Command(
        name = "newsgraph",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Chinese official-activity news to a Neo4j knowledge graph.",
        subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class, EvaluateCommand.class, IngestCommand.class, BulkLoadCommand.class,
                StatsCommand.class, NamesakesCommand.class, RebuildCommand.class, RemoveCommand.class, ServeCommand.class,
                DemoCommand.class, LauncherCommands.Test.class, LauncherCommands.Build.class,
                BenchExtractCommand.class, BenchIngestCommand.class, BenchQueriesCommand.class,
                BenchScalingCommand.class, BenchSoakCommand.class, BenchBulkLoadCommand.class, AuditSampleCommand.class},
        footer = {"", "Shell completion (bash, zsh): source <(./newsgraph completion)"})
public final class Main {

    /**
     * Lucene (inside Neo4j) warns through java.util.logging on every start that the incubating
     * Vector API is not enabled; enabling it makes the JVM warn instead, and full-text search is
     * fast enough without it. Held here: JUL keeps loggers only weakly.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorHandler());
        // picocli writes the bash/zsh completion script from this very command tree.
        cmd.addSubcommand("completion", new AutoComplete.GenerateCompletion());
        CommandLine completion = cmd.getSubcommands().get("completion");
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("Print a bash/zsh completion script: source <(./newsgraph completion)");
        return cmd;
    }
}
