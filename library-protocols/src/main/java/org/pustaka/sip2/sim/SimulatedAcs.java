package org.pustaka.sip2.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.pustaka.sip2.MessageType;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated library system (SIP2 ACS) on loopback: a real TCP server, one thread per connection,
 * with the demo library's patrons and items and loans kept in a state file. {@link #faults()} breaks it
 * on purpose for tests; {@link #setOffline} plays "the library is unreachable" for the demo.
 *
 * <p>In-process use (the demo, tests): {@code var acs = new SimulatedAcs(); int port = acs.start(0, file);}
 * then point the SIP2 client at {@code 127.0.0.1:port}; {@link #close()} stops it.
 */
public final class SimulatedAcs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedAcs.class);
    private final SimCatalog catalog;
    private final Clock clock;
    private final ZoneId zone;
    private final SimFaults faults = new SimFaults();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean offline;
    private volatile SSLContext tls;
    private ServerSocket server;
    private SimLibrary library;

    /** The demo library, in Asia/Jakarta time. */
    public SimulatedAcs() {
        this(SimCatalog.demo(), Clock.systemUTC(), ZoneId.of("Asia/Jakarta"));
    }

    public SimulatedAcs(SimCatalog catalog, Clock clock, ZoneId zone) {
        this.catalog = catalog;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Starts listening on loopback. {@code port} 0 picks a free port. With {@code stateFile} loans
     * survive a restart (the file is created from the catalog when missing); with null they live in memory.
     *
     * @return the port bound
     */
    public synchronized int start(int port, Path stateFile) throws IOException {
        if (server != null) {
            throw new IllegalStateException("the simulated library is already running on port " + port());
        }
        SimState state = SimState.open(catalog, stateFile, LocalDate.now(clock.withZone(zone)));
        library = new SimLibrary(catalog, state, clock, new Sip2Dates(zone));
        ServerSocket s = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = s;
        Thread acceptor = new Thread(() -> accept(s), "sim-acs-accept-" + s.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("Simulated library system listening on {}:{}", s.getInetAddress().getHostAddress(), s.getLocalPort());
        return s.getLocalPort();
    }

    /** Serve TLS with this context (its key manager holds the server certificate); call before {@link #start}. */
    public void useTls(SSLContext context) {
        this.tls = context;
    }

    public synchronized int port() {
        return server == null ? -1 : server.getLocalPort();
    }

    public SimFaults faults() {
        return faults;
    }

    public SimCatalog catalog() {
        return catalog;
    }

    /**
     * Requires this terminal password (AC) on every request that has the field, as a library system set up
     * for it does; null requires none (the default). Switchable while it runs.
     */
    public void requireTerminalPassword(String password) {
        faults.requiredTerminalPassword = password;
    }

    /** Offline: open connections are closed and new ones are closed as soon as they arrive. */
    public void setOffline(boolean offline) {
        this.offline = offline;
        if (offline) {
            closeConnections();
        }
        LOG.info("Simulated library system is now {}", offline ? "offline" : "online");
    }

    public boolean isOffline() {
        return offline;
    }

    /** Who has the item on loan, if anyone. */
    public Optional<String> loanOf(String itemId) {
        SimLibrary lib = library;
        return lib == null ? Optional.empty() : lib.loanOf(itemId);
    }

    /** How many requests of this type the library has acted on since {@link #start}; 0 before it. */
    public int received(MessageType type) {
        SimLibrary lib = library;
        return lib == null ? 0 : lib.received(type);
    }

    public boolean isCheckedOut(String itemId) {
        return loanOf(itemId).isPresent();
    }

    /** Stops listening and closes every connection. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.debug("closing the simulated library's server socket: {}", e.getMessage());
            }
            server = null;
        }
        closeConnections();
    }

    @Override
    public void close() {
        stop();
    }

    private void accept(ServerSocket s) {
        Sip2Codec checked = new Sip2Codec(StandardCharsets.UTF_8, zone, true);
        Sip2Codec plain = new Sip2Codec(StandardCharsets.UTF_8, zone, false);
        while (!s.isClosed()) {
            try {
                Socket socket = s.accept();
                if (offline) {
                    socket.close();
                    continue;
                }
                connections.add(socket);
                Thread t = new Thread(() -> {
                    try {
                        new SimConnection(socket, library, faults, checked, plain).run();
                    } finally {
                        connections.remove(socket);
                    }
                }, "sim-acs-" + socket.getPort());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!s.isClosed()) {
                    LOG.warn("Simulated library could not accept a connection: {}", e.getMessage());
                }
            }
        }
    }

    private void closeConnections() {
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("closing a simulated library connection: {}", e.getMessage());
            }
        }
        connections.clear();
    }
}
