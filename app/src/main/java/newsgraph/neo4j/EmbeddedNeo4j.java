package newsgraph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j Community running in this JVM with its store on disk: Bolt for the driver (the app talks
 * to Neo4j only through the driver, embedded or not) and, optionally, the HTTP connector that
 * serves Neo4j Browser at /browser/.
 *
 * <p>Authentication is on, as on any Neo4j: a web page in the user's browser can reach loopback
 * ports (Bolt over WebSocket, the HTTP API), so "it only listens on 127.0.0.1" does not keep other
 * sites out. The {@code neo4j} user's password is the store's ({@link StorePassword}); the HTTP
 * API allows cross-origin reads only to Browser's own origin instead of Neo4j's default {@code *}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    private final EmbeddedSettings settings;
    private final StorePassword password;

    private EmbeddedNeo4j(DatabaseManagementService service, EmbeddedSettings settings, StorePassword password) {
        this.service = service;
        this.settings = settings;
        this.password = password;
    }

    /**
     * Starts the server on {@code settings.dataDir()}, creating it when new. When the store does not
     * have its password yet (a new store, one made before authentication was on, or a new password
     * given), it is first started with every connector off to set it, so nobody can log in with
     * Neo4j's default password in between.
     *
     * @throws StoreInUseException when another process holds the store: Neo4j's own file lock
     *     refuses a second process instead of letting it damage the store.
     */
    public static EmbeddedNeo4j start(EmbeddedSettings settings) {
        Path home = settings.dataDir().toAbsolutePath();
        try {
            Files.createDirectories(home);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data directory " + home + ": " + e.getMessage(), e);
        }
        StorePassword password = StorePassword.resolve(home, settings.password());
        if (password.pending()) {
            password = setPassword(home, settings, password);
        }
        var builder = base(home, settings)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(settings.host(), settings.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(settings.host(), settings.boltPort()))
                .setConfig(HttpConnector.enabled, settings.httpPort() >= 0);
        if (settings.httpPort() >= 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(settings.host(), settings.httpPort()))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(settings.host(), settings.httpPort()))
                    // Neo4j answers every origin with '*' by default; Browser is same-origin and needs none.
                    .setConfig(ServerSettings.http_access_control_allow_origin, browserOrigin(settings));
            if (settings.browserKitUrl() != null) {
                builder.setConfig(ServerSettings.browser_post_connect_cmd, postConnectCommands(settings.browserKitUrl()))
                        .setConfig(ServerSettings.browser_remote_content_hostname_whitelist,
                                remoteContentAllowlist(settings.browserKitUrl()));
            }
        }
        DatabaseManagementService service = build(builder, home);
        stopQueryCollection(service);
        return new EmbeddedNeo4j(service, settings, password);
    }

    /**
     * Neo4j's data collector starts collecting every query of the database at each start, for its
     * {@code db.stats.retrieve('QUERIES')} report, which nothing here reads: per query a snapshot with
     * its text (up to 10,000 characters) and parameters, kept in a buffer of the last 8,192: work on
     * every query (1-2% of a saved query's CPU at 100k articles, BENCHMARKS.md, session 8, q9p) and
     * heap that lives until 8,192 more queries have run, long enough to reach the old generation. An
     * operator can still start it with {@code CALL db.stats.collect('QUERIES')}.
     */
    private static void stopQueryCollection(DatabaseManagementService service) {
        // The row must be read: a procedure's result is lazy, and one nobody pulls never runs.
        String message = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(
                "CALL db.stats.stop('QUERIES') YIELD message RETURN message", java.util.Map.of(),
                r -> r.hasNext() ? String.valueOf(r.next().get("message")) : "no answer");
        LOG.debug("Neo4j's query collection: {}", message);
    }

    private static DatabaseManagementServiceBuilder base(Path home, EmbeddedSettings settings) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes())
                // Bolt's Netty quiet period makes shutdown take ~10 s; nothing needs it here.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO);
    }

    private static DatabaseManagementService build(DatabaseManagementServiceBuilder builder, Path home) {
        try {
            return builder.build();
        } catch (RuntimeException e) {
            if (StoreInUseException.isLockFailure(e)) {
                throw new StoreInUseException(home, e);
            }
            throw e;
        }
    }

    /**
     * Sets the {@code neo4j} user's password in the system database with no connector open (the
     * embedded API needs no login), then writes the password file: a crash in between leaves no
     * file, and the next start simply sets a password again.
     */
    private static StorePassword setPassword(Path home, EmbeddedSettings settings, StorePassword password) {
        LOG.info("setting the password of Neo4j user '{}' (kept in {})", StorePassword.USER, password.file());
        DatabaseManagementService service = build(base(home, settings)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false), home);
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + StorePassword.USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    java.util.Map.of("password", password.value()));
        } finally {
            service.shutdown();
        }
        return password.save();
    }

    /** Browser's own origin, the one origin the HTTP API names in Access-Control-Allow-Origin. */
    static String browserOrigin(EmbeddedSettings settings) {
        return "http://" + hostForUri(settings.host()) + ":" + settings.httpPort();
    }

    /**
     * What Browser runs after connecting ({@code browser.post_connect_cmd}, read by Browser through
     * {@code dbms.clientConfig()}; Browser splits it at ';' and adds the ':'): our style, then our
     * guide, so the guide is the frame on top.
     */
    static String postConnectCommands(String appUrl) {
        return "style " + appUrl + "/browser-kit/newsgraph.grass; play " + appUrl + "/browser-kit/guide.html";
    }

    /**
     * Hosts Browser may fetch guides and styles from. Neo4j 2026.x still names the setting
     * {@code browser.remote_content_hostname_whitelist} (Browser 5 reads that key); its default
     * is {@code guides.neo4j.com,localhost}, to which the app's host is added.
     */
    static String remoteContentAllowlist(String appUrl) {
        String host = java.net.URI.create(appUrl).getHost();
        return "guides.neo4j.com,localhost" + (host == null || host.equals("localhost") ? "" : "," + host);
    }

    /** The Bolt URI the driver connects to. */
    public String boltUri() {
        return "bolt://" + hostForUri(settings.host()) + ":" + settings.boltPort();
    }

    /** The Neo4j Browser URL, or null when the HTTP connector is off. */
    public String browserUrl() {
        return settings.httpPort() < 0 ? null : browserOrigin(settings) + "/browser/";
    }

    /**
     * Browser's URL with the connection prefilled ({@code ?dbms=bolt://neo4j@host:port}: Browser
     * fills in the URL and the user, leaving only the password), or null when Browser is off.
     */
    public String browserConnectUrl() {
        return browserUrl() == null ? null
                : browserUrl() + "?dbms=" + "bolt://" + StorePassword.USER + "@" + hostForUri(settings.host()) + ":"
                        + settings.boltPort();
    }

    /** The default database, for reads in this JVM that need no Bolt round trip (saved queries). */
    public org.neo4j.graphdb.GraphDatabaseService database() {
        return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    public EmbeddedSettings settings() {
        return settings;
    }

    /** The {@code neo4j} user's password and the file that keeps it. */
    public StorePassword password() {
        return password;
    }

    private static String hostForUri(String host) {
        if (host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Stops the server; the store is consistent once this returns. */
    @Override
    public void close() {
        service.shutdown();
    }
}
