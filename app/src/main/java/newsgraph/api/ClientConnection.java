package newsgraph.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;

/**
 * Tells when the client of a request hangs up, so work done only for it can stop. Netty notices a
 * closed connection while it waits for the next request on it.
 */
final class ClientConnection {

    private ClientConnection() {}

    /** Stops watching the connection. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Runs {@code onClose} when the request's connection closes; the returned handle stops watching
     * (keep-alive connections serve many requests: each must not leave a listener behind).
     */
    static Watch onClose(HttpRequest<?> request, Runnable onClose) {
        if (!(request instanceof NettyHttpRequest<?> netty)) {
            return () -> { };
        }
        Channel channel = netty.getChannelHandlerContext().channel();
        ChannelFutureListener listener = f -> onClose.run();
        channel.closeFuture().addListener(listener);
        return () -> channel.closeFuture().removeListener(listener);
    }
}
