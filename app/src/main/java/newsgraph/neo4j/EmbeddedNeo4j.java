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

/**
 * Neo4j Community running in this JVM with its store on disk: Bolt for the driver (the app talks
 * to Neo4j only through the driver, embedded or not) and, optionally, the HTTP connector that
 * serves Neo4j Browser at /browser/.
 *
 * <p>Auth is off: the server listens on loopback by default, and Browser connects without a
 * password. Binding to another address is the operator's explicit choice ({@code --listen}).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService service;
    private final EmbeddedSettings settings;

    private EmbeddedNeo4j(DatabaseManagementService service, EmbeddedSettings settings) {
        this.service = service;
        this.settings = settings;
    }

    /**
     * Starts the server on {@code settings.dataDir()}, creating it when new.
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
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(settings.host(), settings.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(settings.host(), settings.boltPort()))
                // Bolt's Netty quiet period makes shutdown take ~10 s; nothing needs it here.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(HttpConnector.enabled, settings.httpPort() >= 0);
        if (settings.httpPort() >= 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(settings.host(), settings.httpPort()))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(settings.host(), settings.httpPort()));
            if (settings.browserKitUrl() != null) {
                builder.setConfig(ServerSettings.browser_post_connect_cmd, postConnectCommands(settings.browserKitUrl()))
                        .setConfig(ServerSettings.browser_remote_content_hostname_whitelist,
                                remoteContentAllowlist(settings.browserKitUrl()));
            }
        }
        try {
            return new EmbeddedNeo4j(builder.build(), settings);
        } catch (RuntimeException e) {
            if (StoreInUseException.isLockFailure(e)) {
                throw new StoreInUseException(home, e);
            }
            throw e;
        }
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
        return "bolt://" + hostForUri() + ":" + settings.boltPort();
    }

    /** The Neo4j Browser URL, or null when the HTTP connector is off. */
    public String browserUrl() {
        return settings.httpPort() < 0 ? null : "http://" + hostForUri() + ":" + settings.httpPort() + "/browser/";
    }

    public EmbeddedSettings settings() {
        return settings;
    }

    private String hostForUri() {
        String host = settings.host();
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
