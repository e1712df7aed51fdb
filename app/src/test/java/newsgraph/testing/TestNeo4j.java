package newsgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import newsgraph.neo4j.EmbeddedSettings;
import newsgraph.neo4j.GraphStore;
import newsgraph.neo4j.StorePassword;

/**
 * A real Neo4j for tests: the app's own embedded server on a fresh temp directory and free
 * ports, started once per test JVM (cold start is ~5 s) and reached over Bolt like production.
 * Tests that need an empty graph call {@link #clear()}.
 */
public final class TestNeo4j {

    private static GraphStore shared;

    private TestNeo4j() {}

    /** The shared store, schema applied. Stopped when the JVM exits. */
    public static synchronized GraphStore shared() {
        if (shared == null) {
            shared = start(tempDir("newsgraph-test-"), false).migrate();
            GraphStore store = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(store::close));
        }
        return shared;
    }

    /** A new embedded server the caller owns and closes (for lifecycle tests). */
    public static GraphStore start(Path dataDir, boolean withHttp) {
        return GraphStore.embedded(settings(dataDir, withHttp));
    }

    public static EmbeddedSettings settings(Path dataDir, boolean withHttp) {
        return new EmbeddedSettings(dataDir, "127.0.0.1", freePort(), withHttp ? freePort() : -1,
                32L * 1024 * 1024);
    }

    /**
     * The login of the embedded server on {@code dataDir} (user neo4j, the password the server keeps
     * in its store), for tests that reach a server another process started.
     *
     * @throws IllegalStateException while the server has not written its password yet
     */
    public static org.neo4j.driver.AuthToken auth(Path dataDir) {
        Path file = dataDir.resolve(StorePassword.FILE_NAME);
        try {
            return org.neo4j.driver.AuthTokens.basic(StorePassword.USER, Files.readString(file).strip());
        } catch (IOException e) {
            throw new IllegalStateException("no password file yet at " + file, e);
        }
    }

    /** Deletes every node and relationship, keeping the schema and its bookkeeping. */
    public static void clear() {
        try (var session = shared().driver().session(shared().sessionConfig())) {
            session.run("MATCH (n) WHERE NOT n:__SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
                    .consume();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
