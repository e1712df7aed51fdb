package newsgraph.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsgraph.api.Readiness;
import newsgraph.neo4j.GraphStore;
import newsgraph.neo4j.PageCacheSize;
import newsgraph.neo4j.StorePassword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Serves the HTTP API (Micronaut) and, by default, Neo4j in-process with Bolt and Browser.
 * Ctrl-C or SIGTERM stops the API first, then Neo4j, leaving the store consistent.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API; with no --neo4j-uri also Neo4j (Bolt, Browser) in-process.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:NEWSGRAPH_PORT:-8080}",
            description = "Port of the HTTP API (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        Server.start(graph, port).serveUntilStopped();
        return 0;
    }

    /**
     * A running API over an open graph; also used by {@code demo} and by tests. When
     * {@code ownsStore}, closing the server also closes the graph (and stops embedded Neo4j).
     */
    public record Server(GraphStore store, ApplicationContext context, EmbeddedServer http, boolean ownsStore,
            Readiness readiness, long started) implements AutoCloseable {

        public static Server start(GraphOptions graph, int port) {
            return start(graph, port, Readiness.ready());
        }

        /**
         * As {@link #start(GraphOptions, int)}, saying on stdout what it is doing; /health reports
         * UP only once {@code readiness} is marked ready (demo: after its samples are written).
         */
        public static Server start(GraphOptions graph, int port, Readiness readiness) {
            String appUrl = "http://" + GraphOptions.uriHost(graph.listen()) + ":" + port;
            long t0 = System.nanoTime();
            Ports.requireFree(graph.listen(), port, "--port");
            if (!graph.isExternal()) {
                Ports.requireFree(graph.listen(), graph.boltPort, "--bolt-port");
                Ports.requireFree(graph.listen(), graph.httpPort, "--neo4j-http-port");
            }
            PageCacheSize.Choice cache = graph.pageCache();
            say(graph.isExternal() ? "connecting to Neo4j at " + graph.uri + "..."
                    : "starting Neo4j in-process (store " + graph.data.toAbsolutePath().normalize() + ", page cache "
                            + cache + ")...");
            GraphStore store = graph.open(true, appUrl, cache).migrate();
            say(String.format("Neo4j is up (%.1f s); starting the API on %s...", seconds(t0), appUrl));
            Map<String, Object> properties = new java.util.HashMap<>();
            String origins = System.getenv("NEWSGRAPH_BROWSER_ORIGINS");
            if (origins != null && origins.contains("*")) {
                throw new IllegalArgumentException("NEWSGRAPH_BROWSER_ORIGINS must name origins (e.g. https://browser.example:7473),"
                        + " not '*': any site could then read through the API from a reader's browser");
            }
            if ((origins == null || origins.isBlank()) && !graph.isExternal()) {
                // The embedded Browser's origin may fetch the style and the guide (CORS).
                properties.put("micronaut.server.cors.configurations.neo4j-browser.allowed-origins", graph.browserOrigins());
            }
            try {
                return start(store, graph.listen(), port, true, properties, readiness, t0);
            } catch (io.micronaut.http.server.exceptions.ServerStartupException e) {
                store.close(); // the port was taken between the check and the start
                throw new IllegalStateException(e.getMessage() + ": the port is in use; choose another with --port");
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }

        /** Starts the API over a store the caller keeps owning; port -1 picks a free one. */
        public static Server start(GraphStore store, String host, int port) {
            return start(store, host, port, Map.of());
        }

        /** As {@link #start(GraphStore, String, int)}, with configuration properties set (tests). */
        public static Server start(GraphStore store, String host, int port, Map<String, Object> properties) {
            return start(store, host, port, properties, Readiness.ready());
        }

        /** As {@link #start(GraphStore, String, int, Map)}, ready (for /health) when {@code readiness} says so. */
        public static Server start(GraphStore store, String host, int port, Map<String, Object> properties,
                Readiness readiness) {
            return start(store, host, port, false, properties, readiness, System.nanoTime());
        }

        private static Server start(GraphStore store, String host, int port, boolean ownsStore,
                Map<String, Object> properties, Readiness readiness, long started) {
            Map<String, Object> all = new java.util.HashMap<>(properties);
            all.put("micronaut.server.host", host);
            all.put("micronaut.server.port", port);
            ApplicationContext context = ApplicationContext.builder()
                    .singletons(store, readiness)
                    .properties(all)
                    .start();
            EmbeddedServer http = context.getBean(EmbeddedServer.class);
            if (!http.isRunning()) {
                http.start();
            }
            return new Server(store, context, http, ownsStore, readiness, started);
        }

        /** Marks start-up done: from now on /health can report UP. */
        public void markReady() {
            readiness.markReady();
        }

        static void say(String what) {
            System.out.println("newsgraph: " + what);
        }

        private static double seconds(long since) {
            return (System.nanoTime() - since) / 1e9;
        }

        public String apiUrl() {
            return http.getURL().toString();
        }

        /**
         * Prints where everything is ({@code hints} after it), then blocks until Ctrl-C or SIGTERM,
         * which close the server: HTTP first, then Neo4j, leaving the store consistent.
         */
        public void serveUntilStopped(String... hints) {
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                close();
                stopped.countDown();
            }, "newsgraph-shutdown"));
            printBanner();
            for (String hint : hints) {
                System.out.println(hint);
            }
            markReady();
            // Scripts and tests wait for this line (or for /health to say UP).
            say(String.format("ready in %.1f s: open %s/", seconds(started), apiUrl()));
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void printBanner() {
            var embedded = store.embeddedServer();
            System.out.println("newsgraph API     " + apiUrl() + "  (health: " + apiUrl() + "/health)");
            if (embedded != null) {
                var password = embedded.password();
                System.out.println("Neo4j Bolt        " + embedded.boltUri() + "  (user " + StorePassword.USER
                        + ", password in " + password.file() + ")");
                if (embedded.browserUrl() != null) {
                    System.out.println("Neo4j Browser     " + embedded.browserConnectUrl());
                    System.out.println("                  log in as " + StorePassword.USER + " with the password in "
                            + password.file() + " (readable by you only: cat it)");
                }
                System.out.println("Neo4j store       " + embedded.settings().dataDir().toAbsolutePath());
            } else {
                System.out.println("Neo4j             " + store.connection());
            }
            System.out.println("Ctrl-C stops.");
        }

        /** Stops HTTP, then (when owned) the driver and the embedded Neo4j. */
        @Override
        public void close() {
            try {
                context.close();
            } finally {
                if (ownsStore) {
                    store.close();
                }
            }
        }
    }
}
