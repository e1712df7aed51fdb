package newsgraph.neo4j;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how the embedded server runs. A port of 0 is not allowed (the driver must know it);
 * an {@code httpPort} below 0 turns the HTTP connector (and Browser) off. {@code browserKitUrl},
 * when not null, is the app's URL (e.g. {@code http://127.0.0.1:8080}): Browser then applies the
 * app's style and opens its guide on connecting. {@code password}, when not null, is the one the
 * operator chose for the {@code neo4j} user; null keeps the store's own (see {@link StorePassword}).
 */
public record EmbeddedSettings(Path dataDir, String host, int boltPort, int httpPort, long pageCacheBytes,
        String browserKitUrl, String password) {

    public static final long DEFAULT_PAGE_CACHE = 256L * 1024 * 1024;

    /** The least page cache accepted. */
    public static final long MIN_PAGE_CACHE = 8L * 1024 * 1024;

    public EmbeddedSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        if (boltPort <= 0 || boltPort > 65535) {
            throw new IllegalArgumentException("Bolt port must be 1-65535, got " + boltPort);
        }
        if (httpPort == 0 || httpPort > 65535) {
            throw new IllegalArgumentException("HTTP port must be 1-65535 (or negative for off), got " + httpPort);
        }
        if (pageCacheBytes < MIN_PAGE_CACHE) {
            throw new IllegalArgumentException("page cache must be at least 8 MiB");
        }
        if (browserKitUrl != null && !browserKitUrl.matches("https?://[^\\s/]+")) {
            throw new IllegalArgumentException("the app URL for Browser must be http(s)://host:port, got " + browserKitUrl);
        }
    }

    public EmbeddedSettings(Path dataDir, String host, int boltPort, int httpPort, long pageCacheBytes) {
        this(dataDir, host, boltPort, httpPort, pageCacheBytes, null, null);
    }

    /** The same, with Browser set up to load the style and the guide from the app at {@code url}. */
    public EmbeddedSettings withBrowserKit(String url) {
        return new EmbeddedSettings(dataDir, host, boltPort, httpPort, pageCacheBytes, url, password);
    }

    /** The same, with the {@code neo4j} user's password set to {@code password} (null: the store's own). */
    public EmbeddedSettings withPassword(String password) {
        return new EmbeddedSettings(dataDir, host, boltPort, httpPort, pageCacheBytes, browserKitUrl, password);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "EmbeddedSettings[" + dataDir + ", " + host + ", bolt " + boltPort + ", http " + httpPort + "]";
    }

    /** Loopback, default ports 7687 (Bolt) and 7474 (HTTP/Browser). */
    public static EmbeddedSettings defaults(Path dataDir) {
        return new EmbeddedSettings(dataDir, "127.0.0.1", 7687, 7474, DEFAULT_PAGE_CACHE);
    }
}
