package newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Commands the {@code ./newsgraph} launcher runs itself, before any Java starts (they build the
 * app or run Maven). Declared here too so that {@code --help}, {@code help test} and shell
 * completion know them; run through the jar directly, they say where they live.
 */
public final class LauncherCommands {

    private LauncherCommands() {}

    abstract static class LauncherOnly implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getErr().println("newsgraph " + spec.name() + " is run by the launcher: ./newsgraph "
                    + spec.name() + " (from the repository root).");
            return 1;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"(launcher) Run the whole test suite: ./mvnw verify with a JDK 21 or newer.",
                    "Installs the Debian packages chromium, chromium-driver and fonts-noto-cjk first when missing"
                            + " (as root, without recommended packages; otherwise it names them), for the tests that"
                            + " drive the reporter page and Neo4j Browser in headless Chromium.",
                    "Tests that read ../shared are skipped, one line each, when it is absent.",
                    "Extra arguments go to Maven, e.g. ./newsgraph test -Dtest=MainTest -pl app."})
    public static final class Test extends LauncherOnly {}

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"(launcher) Build app/target/newsgraph.jar without running the tests.",
                    "Other commands rebuild it by themselves when the sources changed."})
    public static final class Build extends LauncherOnly {}
}
