package newsgraph.neo4j;

import java.util.Objects;
import newsgraph.schema.SchemaMigrator;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open connection to the graph: the driver, and the embedded server when we started one.
 * Every command that touches Neo4j opens one of these; closing it closes the driver, then stops
 * the embedded server, leaving the store consistent.
 */
public final class GraphStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);

    private final EmbeddedNeo4j embedded;
    private final Neo4jConnection connection;
    private final Driver driver;

    private GraphStore(EmbeddedNeo4j embedded, Neo4jConnection connection, Driver driver) {
        this.embedded = embedded;
        this.connection = connection;
        this.driver = driver;
    }

    /** Starts the embedded server on {@code settings} and connects to it over Bolt. */
    public static GraphStore embedded(EmbeddedSettings settings) {
        EmbeddedNeo4j server = EmbeddedNeo4j.start(settings);
        try {
            Neo4jConnection connection = Neo4jConnection.embedded(server);
            return connect(server, connection);
        } catch (RuntimeException e) {
            server.close();
            if (e.getCause() instanceof org.neo4j.driver.exceptions.AuthenticationException) {
                // The store's users were replaced (restored, copied) while the password file stayed.
                throw new IllegalStateException("the password in " + server.password().file() + " does not open the store"
                        + " in " + settings.dataDir().toAbsolutePath() + ": delete that file (a new password is set on the"
                        + " next start) or give the store's password with --neo4j-password", e);
            }
            throw e;
        }
    }

    /** Connects to an external Neo4j (a server, Aura, a cluster); no embedded server starts. */
    public static GraphStore external(Neo4jConnection connection) {
        return connect(null, Objects.requireNonNull(connection, "connection"));
    }

    private static GraphStore connect(EmbeddedNeo4j server, Neo4jConnection connection) {
        Driver driver = connection.openDriver();
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new IllegalStateException("cannot reach Neo4j at " + connection + ": " + e.getMessage(), e);
        }
        return new GraphStore(server, connection, driver);
    }

    /** Applies graph-schema/ files not yet applied; every command that writes calls this first. */
    public GraphStore migrate() {
        SchemaMigrator.bundled().migrate(driver, sessionConfig());
        return this;
    }

    public Driver driver() {
        return driver;
    }

    /** Sessions go to the configured database, or the server's default one. */
    public SessionConfig sessionConfig() {
        String db = connection.database();
        return db == null || db.isBlank() ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(db);
    }

    public Neo4jConnection connection() {
        return connection;
    }

    /** The embedded server, or null when connected to an external Neo4j. */
    public EmbeddedNeo4j embeddedServer() {
        return embedded;
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                LOG.info("stopping embedded Neo4j");
                embedded.close();
            }
        }
    }
}
