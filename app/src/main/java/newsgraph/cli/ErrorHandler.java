package newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line that says what is wrong, and exit status 1. Errors we
 * raise on purpose (bad input, store in use, Neo4j unreachable) carry a message meant for the
 * user; anything else is a bug and keeps its stack trace (also with NEWSGRAPH_DEBUG=1).
 */
public final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        boolean expected = e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException;
        if (!expected || System.getenv("NEWSGRAPH_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().println(cmd.getColorScheme().errorText("newsgraph " + cmd.getCommandName() + ": " + e.getMessage()));
        return 1;
    }
}
