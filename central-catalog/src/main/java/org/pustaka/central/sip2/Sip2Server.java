package org.pustaka.central.sip2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.sip2.Sip2Codec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIP2 server (ACS) over TCP: one thread per terminal connection, at most {@code maxConnections} at once
 * (more are closed at once and logged), every request answered by the same circulation core as the kiosk API.
 * Checksums and sequence numbers are always sent (error detection on); requests are read with or without them.
 * Plain TCP only, no TLS: see {@link Sip2Settings}.
 */
public final class Sip2Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sip2Server.class);
    private final ServerSocket server;
    private final Sip2Codec codec;
    private final Sip2Dispatcher dispatcher;
    private final Sip2Settings settings;
    private final Semaphore slots;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong connections = new AtomicLong();

    private Sip2Server(ServerSocket server, Sip2Settings settings, Sip2Dispatcher dispatcher, Sip2Codec codec) {
        this.server = server;
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.codec = codec;
        this.slots = new Semaphore(settings.maxConnections());
    }

    /** Listens on the configured host and port and accepts terminals on a daemon thread. */
    public static Sip2Server start(Sip2Settings settings, CirculationDesk desk, Terminals terminals, Clock clock,
                                   ZoneId libraryZone, String libraryName) {
        Sip2Codec codec = new Sip2Codec(settings.charset(), libraryZone, true);
        Sip2Dispatcher dispatcher = new Sip2Dispatcher(desk, terminals, clock, codec.dates(), settings.institutionId(),
                libraryName);
        try {
            ServerSocket socket = new ServerSocket(settings.port(), 50, InetAddress.getByName(settings.host()));
            Sip2Server s = new Sip2Server(socket, settings, dispatcher, codec);
            Thread t = new Thread(s::acceptLoop, "sip2-accept");
            t.setDaemon(true);
            t.start();
            LOG.info("SIP2 server listening on {}:{}", settings.host(), s.port());
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("The SIP2 server cannot listen on " + settings.host() + ":" + settings.port()
                    + " (" + e.getMessage() + "). Free the port or set sip2.port to another one.", e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("SIP2 accept failed: {}", e.getMessage());
                }
                continue;
            }
            if (!slots.tryAcquire()) {
                LOG.warn("SIP2 connection from {} refused: {} terminals already connected (sip2.maxConnections)",
                        socket.getRemoteSocketAddress(), settings.maxConnections());
                closeQuietly(socket);
                continue;
            }
            open.add(socket);
            Sip2Connection c = new Sip2Connection(socket, connections.incrementAndGet(), codec, dispatcher,
                    settings.idleTimeout());
            Thread t = new Thread(() -> {
                try {
                    c.run();
                } finally {
                    open.remove(socket);
                    slots.release();
                }
            }, "sip2-" + connections.get());
            t.setDaemon(true);
            t.start();
        }
    }

    /** Stops listening and ends every open connection. */
    @Override
    public void close() {
        closeQuietly(server);
        open.forEach(Sip2Server::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway: nothing left to tell
        }
    }
}
