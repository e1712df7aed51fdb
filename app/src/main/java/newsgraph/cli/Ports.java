package newsgraph.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checks that the ports a server is about to listen on are free, before Neo4j takes its half
 * minute to start: a port in use is then one line naming the port and the option that moves it,
 * not a stack trace after the wait.
 */
final class Ports {
    private Ports() {}

    /** @throws IllegalStateException naming {@code option} when {@code host:port} cannot be bound */
    static void requireFree(String host, int port, String option) {
        if (port <= 0) {
            return; // a free port is picked
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on " + host + " is in use (another newsgraph serve, or another"
                    + " program); stop it or choose another port with " + option);
        }
    }
}
