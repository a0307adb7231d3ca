package org.pustaka.kiosk.library.sip2;

import java.io.IOException;
import java.net.SocketTimeoutException;
import org.pustaka.sip2.Decoded;
import org.pustaka.sip2.RequestAcsResend;
import org.pustaka.sip2.RequestScResend;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2Exception;
import org.pustaka.sip2.Sip2FormatException;
import org.pustaka.sip2.Sip2LogMask;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.net.Sip2Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request and its response on one connection, with the SIP2 error-detection rules: a garbled or
 * badly checksummed response is asked for again (97), a 96 from the ACS makes the same bytes go out
 * again with the same sequence number, and a response carrying another sequence number is refused.
 * Anything that leaves the connection in doubt is a {@link Failure}; the client then drops it.
 *
 * <p>With error detection on, once an answer on this connection carried a checksum every later answer
 * must carry one: a line whose {@code AZ} marker was damaged would otherwise pass unchecked. Servers
 * that never send checksums keep working, as before.
 */
final class Exchanger {
    private static final Logger LOG = LoggerFactory.getLogger(Exchanger.class);

    enum Kind { DEAD, TIMEOUT, GARBLED, SEQUENCE, UNEXPECTED, NOT_ACCEPTED }

    /** Why an exchange did not complete. */
    static final class Failure extends Exception {
        private final Kind kind;

        Failure(Kind kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }

        Sip2Exception toSip2Exception() {
            return kind == Kind.DEAD || kind == Kind.TIMEOUT
                    ? new Sip2ConnectionException(getMessage(), getCause(), kind == Kind.TIMEOUT)
                    : new Sip2ProtocolException(getMessage(), getCause());
        }
    }

    private final Sip2Codec codec;
    private final Sip2Transport transport;
    private final int readTimeoutMillis;
    private final int retries;
    private int nextSequence;
    private boolean checksumsSeen;

    Exchanger(Sip2Codec codec, Sip2Transport transport, int readTimeoutMillis, int retries) {
        this.codec = codec;
        this.transport = transport;
        this.readTimeoutMillis = readTimeoutMillis;
        this.retries = retries;
    }

    <R extends Sip2Message> Sip2Exchange<R> exchange(Sip2Message request, Class<R> responseType) throws Failure {
        int sequence = nextSequence;
        nextSequence = (nextSequence + 1) % 10;
        byte[] line = codec.encode(request, sequence);
        long started = System.nanoTime();
        write(line);
        int garbled = 0;
        int resendsAsked = 0;
        while (true) {
            byte[] received = read();
            Decoded decoded;
            try {
                decoded = codec.decode(received, checksumsSeen);
            } catch (Sip2FormatException e) {
                LOG.warn("Unreadable SIP2 response ({}): {}", e.getMessage(), Sip2LogMask.forLog(text(received)));
                if (!codec.errorDetection() || ++garbled > retries) {
                    throw new Failure(Kind.GARBLED, "The library system's answer could not be read: "
                            + e.getMessage(), e);
                }
                write(codec.encode(new RequestAcsResend(), 0));
                continue;
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("SIP2 <- {}", Sip2LogMask.forLog(decoded.raw()));
            }
            checksumsSeen |= codec.errorDetection() && decoded.carriesChecksum();
            if (decoded.message() instanceof RequestScResend) {
                if (++resendsAsked > retries) {
                    throw new Failure(Kind.NOT_ACCEPTED, "The library system could not read the kiosk's request "
                            + "even after " + retries + " resends; check sip2.charset and sip2.errorDetection.", null);
                }
                write(line);
                continue;
            }
            if (codec.errorDetection() && decoded.sequence().isPresent()
                    && decoded.sequence().getAsInt() != sequence) {
                throw new Failure(Kind.SEQUENCE, "The library system answered with sequence number "
                        + decoded.sequence().getAsInt() + " to request " + sequence
                        + "; the answer belongs to another request.", null);
            }
            if (!responseType.isInstance(decoded.message())) {
                throw new Failure(Kind.UNEXPECTED, "The library system answered " + decoded.message().type().code()
                        + " to a " + request.type().code() + " request.", null);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new Sip2Exchange<>(responseType.cast(decoded.message()), decoded.raw(), sequence, millis);
        }
    }

    private void write(byte[] line) throws Failure {
        if (LOG.isDebugEnabled()) {
            LOG.debug("SIP2 -> {}", Sip2LogMask.forLog(text(line)));
        }
        try {
            transport.send(line);
        } catch (IOException e) {
            throw new Failure(Kind.DEAD, "The connection to the library system broke while sending ("
                    + e.getMessage() + ").", e);
        }
    }

    private byte[] read() throws Failure {
        try {
            return transport.receive(readTimeoutMillis);
        } catch (SocketTimeoutException e) {
            throw new Failure(Kind.TIMEOUT, "The library system did not answer within " + readTimeoutMillis
                    + " ms.", e);
        } catch (IOException e) {
            String detail = String.valueOf(e.getMessage());
            throw new Failure(Kind.DEAD, "The library system closed the connection without answering"
                    + (detail.contains("closed the connection") ? "" : " (" + detail + ")")
                    + ". Check that the SIP2 server is running and accepts this kiosk's address and login.", e);
        }
    }

    private String text(byte[] line) {
        return new String(line, codec.charset());
    }
}
