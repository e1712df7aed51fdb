package newsgraph.neo4j;

import java.util.Objects;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * How to reach Neo4j through the driver: a URI (bolt://, neo4j://, neo4j+s:// for Aura and
 * clusters, routed by the driver) and credentials (none when the user is blank).
 */
public record Neo4jConnection(String uri, String user, String password, String database) {

    public Neo4jConnection {
        Objects.requireNonNull(uri, "uri");
        if (!uri.matches("(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
            throw new IllegalArgumentException("not a Neo4j URI: '" + uri
                    + "' (expected bolt://, neo4j://, bolt+s://, neo4j+s://, ...)");
        }
    }

    /** The embedded server, as its {@code neo4j} user. */
    public static Neo4jConnection embedded(EmbeddedNeo4j server) {
        return new Neo4jConnection(server.boltUri(), StorePassword.USER, server.password().value(), null);
    }

    /** Opens a driver; callers own it and close it. */
    public Driver openDriver() {
        AuthToken auth = user == null || user.isBlank() ? AuthTokens.none() : AuthTokens.basic(user, password == null ? "" : password);
        // Fail fast when Neo4j is gone: the API answers 503 within seconds instead of retrying for
        // the driver's default 30 s, and the driver reconnects by itself once Neo4j is back. The
        // short retry window still covers a retry of a deadlock between concurrent writers.
        Config config = Config.builder()
                .withLogging(Logging.slf4j())
                .withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(3, java.util.concurrent.TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(2, java.util.concurrent.TimeUnit.SECONDS)
                .build();
        return GraphDatabase.driver(uri, auth, config);
    }

    /** The URI with nothing secret in it, for logs and messages (a record's own toString would print the password). */
    @Override
    public String toString() {
        return uri + (user == null ? "" : " as " + user);
    }
}
