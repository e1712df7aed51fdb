package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import newsgraph.Main;
import org.junit.jupiter.api.Test;

class MainTest {

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int status = cmd.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void help_listsTheSubcommands() {
        Run run = run("--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("serve"), run.out());
    }

    @Test
    void serveOnAPortInUse_saysSoInOneLineBeforeStartingNeo4j() throws Exception {
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            java.nio.file.Path data = java.nio.file.Files.createTempDirectory("newsgraph-port-");
            Run run = run("serve", "--data", data.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, run.status());
            assertTrue(run.err().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use") && run.err().contains("--port"),
                    run.err());
            assertTrue(run.err().lines().noneMatch(l -> l.strip().startsWith("at ")), "no stack trace:\n" + run.err());
            assertTrue(!java.nio.file.Files.exists(data.resolve("neo4j-password")), "Neo4j was not started");
        }
    }

    @Test
    void unknownOption_isAnErrorThatNamesIt() {
        Run run = run("serve", "--no-such-option");
        assertNotEquals(0, run.status());
        assertTrue(run.err().contains("--no-such-option"), run.err());
    }

    @Test
    void badNeo4jUri_failsWithAClearMessage() {
        Run run = run("serve", "--neo4j-uri", "http://example.invalid");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("not a Neo4j URI"), run.err());
    }

    @Test
    void badPageCache_isAUsageErrorThatSaysWhatIsAccepted_beforeStartingNeo4j() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("newsgraph-page-cache-");
        for (String bad : new String[] {"lots", "-1g", "0", "4m"}) {
            Run run = run("stats", "--data", data.toString(), "--page-cache", bad);
            assertEquals(2, run.status(), bad + ": " + run.err());
            assertTrue(run.err().contains("--page-cache") && run.err().contains("'" + bad + "'")
                    && run.err().contains("512m"), run.err());
        }
        assertTrue(!java.nio.file.Files.exists(data.resolve("neo4j-password")), "Neo4j was not started");
    }

    @Test
    void pageCache_isAnOptionOfEveryCommandThatOpensTheStore() {
        for (String command : new String[] {"serve", "ingest", "bulk-load", "demo", "stats", "rebuild", "remove", "namesakes"}) {
            Run run = run(command, "--help");
            assertTrue(run.out().contains("--page-cache=SIZE") && run.out().contains("NEWSGRAPH_PAGE_CACHE"),
                    command + ":\n" + run.out());
        }
    }

    @Test
    void helpTest_explainsTheLauncherCommand() {
        Run run = run("help", "test");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("test suite"), run.out());
    }

    @Test
    void version_isTheProjectVersion_sameAsTheOpenApiSpec() throws Exception {
        String version = Version.current();
        assertTrue(version.matches("\\d+\\.\\d+.*"), version);
        Run run = run("--version");
        assertTrue(run.out().startsWith("newsgraph " + version + ","), run.out());
        try (var spec = MainTest.class.getResourceAsStream("/META-INF/swagger/newsgraph.yml")) {
            String yml = new String(spec.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(yml.contains("version: " + version + "\n"), "the spec's info.version:\n" + yml.substring(0, 400));
        }
    }

    @Test
    void completion_printsAScriptThatKnowsTheCommandsAndOptions() {
        Run run = run("completion");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("complete -F"), "a bash completion script");
        assertTrue(run.out().contains("ingest") && run.out().contains("--neo4j-uri"), "commands and their options");
        assertTrue(run("--help").out().contains("completion"), "listed in --help");
    }
}
