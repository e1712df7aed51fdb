package newsgraph.cli;

import java.nio.file.Path;
import newsgraph.neo4j.EmbeddedSettings;
import newsgraph.neo4j.GraphStore;
import newsgraph.neo4j.Neo4jConnection;
import newsgraph.neo4j.PageCacheSize;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Where the graph is, shared by every command that uses Neo4j: the embedded store in a directory
 * (the default, ./data) or an external Neo4j by URI.
 */
public final class GraphOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:NEWSGRAPH_DATA:-data}",
            description = "Directory of the embedded Neo4j store (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--neo4j-uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "Use this Neo4j instead of the embedded one: bolt://, neo4j://, neo4j+s:// (Aura, clusters). Env NEO4J_URI.")
    String uri;

    @Option(names = "--neo4j-user", paramLabel = "USER", defaultValue = "${env:NEO4J_USERNAME:-neo4j}",
            description = "User for --neo4j-uri (default: ${DEFAULT-VALUE}). Env NEO4J_USERNAME.")
    String user;

    @Option(names = "--neo4j-password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "Password of user neo4j: for --neo4j-uri, or to set the embedded Neo4j's (default: the one generated"
                    + " on the first start, kept in DIR/neo4j-password, readable by you only). Env NEO4J_PASSWORD.")
    String password;

    @Option(names = "--neo4j-database", paramLabel = "NAME", defaultValue = "${env:NEO4J_DATABASE}",
            description = "Database for --neo4j-uri (default: the server's default database).")
    String database;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687",
            description = "Bolt port of the embedded Neo4j (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--neo4j-http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "HTTP port of the embedded Neo4j and its Browser (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--listen", paramLabel = "ADDRESS", defaultValue = "${env:NEWSGRAPH_LISTEN:-127.0.0.1}",
            description = "Address the embedded Neo4j (and `serve`'s API) listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String listen;

    @Option(names = "--page-cache", paramLabel = "SIZE", defaultValue = "${env:NEWSGRAPH_PAGE_CACHE:-auto}",
            converter = PageCacheConverter.class,
            description = "Page cache of the embedded Neo4j: auto (the store on disk + 25%%, at least 256m, at most half the"
                    + " memory the JVM heap leaves) or a size such as 512m, 2g (default: ${DEFAULT-VALUE}). Env"
                    + " NEWSGRAPH_PAGE_CACHE. Ignored with --neo4j-uri.")
    PageCacheSize pageCache;

    public boolean isExternal() {
        return uri != null && !uri.isBlank();
    }

    /** Opens the graph; {@code withHttp} also serves Neo4j Browser from the embedded server. */
    public GraphStore open(boolean withHttp) {
        return open(withHttp, null);
    }

    /**
     * As {@link #open(boolean)}; with an {@code appUrl}, the embedded Browser also loads the app's
     * style and guide from it when it connects.
     */
    public GraphStore open(boolean withHttp, String appUrl) {
        return open(withHttp, appUrl, pageCache());
    }

    /** The page cache {@code --page-cache} gives the store in {@code --data}, and why; null with {@code --neo4j-uri}. */
    public PageCacheSize.Choice pageCache() {
        return isExternal() ? null : pageCache(data);
    }

    /** As {@link #open(boolean, String)}, with the page cache already chosen (ignored when external). */
    public GraphStore open(boolean withHttp, String appUrl, PageCacheSize.Choice cache) {
        if (isExternal()) {
            return GraphStore.external(new Neo4jConnection(uri, user, password, database));
        }
        return GraphStore.embedded(new EmbeddedSettings(data, listen, boltPort, withHttp ? httpPort : -1,
                cache.bytes(), withHttp ? appUrl : null, password));
    }

    /** The page cache {@code --page-cache} gives the embedded store in {@code dir}, and why. */
    public PageCacheSize.Choice pageCache(Path dir) {
        return pageCache.choose(dir);
    }

    /** Reads {@code --page-cache}; a bad size fails as any bad option value does (usage, status 2). */
    static final class PageCacheConverter implements ITypeConverter<PageCacheSize> {
        @Override
        public PageCacheSize convert(String value) {
            try {
                return PageCacheSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The origins of the embedded Browser as a web page sees them (for CORS), or none when external. */
    public java.util.List<String> browserOrigins() {
        if (isExternal()) {
            return java.util.List.of();
        }
        String host = uriHost(listen);
        return host.equals("127.0.0.1")
                ? java.util.List.of("http://127.0.0.1:" + httpPort, "http://localhost:" + httpPort)
                : java.util.List.of("http://" + host + ":" + httpPort);
    }

    /** The listen address as a URL host: the wildcard becomes loopback, IPv6 gets brackets. */
    static String uriHost(String address) {
        if (address.equals("0.0.0.0") || address.equals("::")) {
            return "127.0.0.1";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }

    public String listen() {
        return listen;
    }
}
