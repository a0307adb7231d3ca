package org.pustaka.kiosk.library.sip2;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.pustaka.kiosk.config.Sip2Settings;
import org.pustaka.sip2.AcsStatusResponse;
import org.pustaka.sip2.LoginRequest;
import org.pustaka.sip2.LoginResponse;
import org.pustaka.sip2.MessageType;
import org.pustaka.sip2.ScStatusCode;
import org.pustaka.sip2.ScStatusRequest;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2Exception;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.net.SocketConnector;
import org.pustaka.sip2.net.Sip2Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SIP2 client over one connection at a time, one request at a time (calls are serialized). It
 * connects on first use and after a dead socket, logs in (93) and asks SC status (99) on every new
 * connection, and then sends requests through {@link Exchanger}.
 *
 * <p>Requests that only read (patron, item, status, end session) are sent once more on a fresh
 * connection when the old one turns out dead. Requests that change loans are never resent here: a lost
 * answer surfaces as {@link Sip2ResponseLostException} so the caller can learn the outcome first (see
 * {@link LostResponseRecovery}). Blocking; never call it on the Swing event thread.
 */
public final class Sip2Client implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sip2Client.class);
    private static final Set<MessageType> CHANGES_LOANS = EnumSet.of(MessageType.CHECKOUT, MessageType.CHECKIN,
            MessageType.RENEW, MessageType.RENEW_ALL, MessageType.FEE_PAID, MessageType.HOLD);
    private static final int PRINT_WIDTH = 40;

    private final Sip2Codec codec;
    private final SocketConnector connector;
    private final Sip2ClientOptions options;
    private Sip2Transport transport;
    private Exchanger exchanger;
    private AcsStatusResponse acsStatus;
    private volatile ScStatusCode kioskStatus = ScStatusCode.OK;

    public Sip2Client(Sip2Codec codec, SocketConnector connector, Sip2ClientOptions options) {
        this.codec = codec;
        this.connector = connector;
        this.options = options;
    }

    /** A client for the configured server; nothing is opened until the first request. */
    public static Sip2Client fromSettings(Sip2Settings s, ZoneId zone) {
        SocketConnector connector = s.tls()
                ? SocketConnector.tls(s.host(), s.port(), s.connectTimeoutMillis(), s.truststore(),
                        s.truststorePassword())
                : SocketConnector.plain(s.host(), s.port(), s.connectTimeoutMillis());
        return new Sip2Client(new Sip2Codec(s.charset(), zone, s.errorDetection()), connector,
                new Sip2ClientOptions(s.user(), s.password(), s.location(), s.institution(), s.readTimeoutMillis(),
                        s.retries(), s.terminalPassword()));
    }

    public Sip2Codec codec() {
        return codec;
    }

    public Sip2ClientOptions options() {
        return options;
    }

    /** The kiosk state sent in every SC status (99), e.g. printer out of paper. */
    public void reportStatus(ScStatusCode status) {
        kioskStatus = status;
    }

    /** The ACS status (98) received on the current connection, or null before the first connection. */
    public synchronized AcsStatusResponse acsStatus() {
        return acsStatus;
    }

    public synchronized <R extends Sip2Message> Sip2Exchange<R> send(Sip2Message request, Class<R> responseType)
            throws Sip2Exception {
        boolean changesLoans = CHANGES_LOANS.contains(request.type());
        connectIfNeeded();
        try {
            return exchanger.exchange(request, responseType);
        } catch (Exchanger.Failure f) {
            disconnect();
            if (changesLoans && f.kind() != Exchanger.Kind.NOT_ACCEPTED) {
                throw lost(request, f);
            }
            if (f.kind() != Exchanger.Kind.DEAD) {
                throw f.toSip2Exception();
            }
            LOG.info("The SIP2 connection to {} was closed by the server; reconnecting and sending once more",
                    connector.address());
        }
        connectIfNeeded();
        try {
            return exchanger.exchange(request, responseType);
        } catch (Exchanger.Failure f) {
            disconnect();
            throw f.toSip2Exception();
        }
    }

    private static Sip2ResponseLostException lost(Sip2Message request, Exchanger.Failure f) {
        String what = request.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new Sip2ResponseLostException(f.getMessage() + " Whether the library acted on the " + what
                + " is not known yet.", f.getCause(), f.kind() == Exchanger.Kind.TIMEOUT);
    }

    /** A fresh SC status exchange (99/98) on the current connection. */
    public Sip2Exchange<AcsStatusResponse> status() throws Sip2Exception {
        return send(scStatus(), AcsStatusResponse.class);
    }

    @Override
    public synchronized void close() {
        disconnect();
    }

    private void connectIfNeeded() throws Sip2Exception {
        if (transport != null && transport.usable()) {
            return;
        }
        disconnect();
        try {
            transport = connector.open();
        } catch (IOException e) {
            throw new Sip2ConnectionException("Cannot connect to the library system at " + connector.address() + " ("
                    + e.getMessage() + "). Check the SIP2 host and port (sip2.host, sip2.port) and that the server "
                    + "is running.", e,
                    e instanceof SocketTimeoutException);
        }
        exchanger = new Exchanger(codec, transport, options.readTimeoutMillis(), options.retries());
        try {
            if (!options.user().isEmpty()) {
                LoginResponse login = exchanger.exchange(LoginRequest.plain(options.user(), options.password(),
                        options.location()), LoginResponse.class).response();
                if (!login.ok()) {
                    throw new Sip2ProtocolException("The library system refused the kiosk's SIP2 login as '"
                            + options.user() + "'. Check sip2.user and sip2.password with the library.");
                }
            }
            acsStatus = exchanger.exchange(scStatus(), AcsStatusResponse.class).response();
            if (!acsStatus.online()) {
                LOG.warn("The SIP2 server at {} says it is offline; requests will be tried anyway",
                        connector.address());
            }
        } catch (Exchanger.Failure f) {
            disconnect();
            throw f.toSip2Exception();
        } catch (Sip2Exception e) {
            disconnect();
            throw e;
        }
    }

    private ScStatusRequest scStatus() {
        return ScStatusRequest.of(kioskStatus, PRINT_WIDTH);
    }

    private void disconnect() {
        if (transport != null) {
            transport.close();
            transport = null;
            exchanger = null;
        }
    }

}
