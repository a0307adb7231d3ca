package org.pustaka.central.sip2;

import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.pustaka.central.circulation.CirculationUnavailableException;
import org.pustaka.sip2.Decoded;
import org.pustaka.sip2.RequestScResend;
import org.pustaka.sip2.Sip2ChecksumException;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2FormatException;
import org.pustaka.sip2.Sip2LogMask;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.net.LineReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One terminal's conversation on its own thread: read a line, decode it with the shared codec, answer it with the
 * request's sequence number, until the terminal hangs up, stays idle past the timeout, sends garbage too often,
 * skips its login or fails it three times. A line that cannot be read (bad checksum, unknown code, garbage) is
 * answered 96 so the terminal sends it again. The 97 resend request repeats the last answer. Log lines carry the
 * connection number and terminal login (MDC); raw lines are logged at DEBUG only, secrets and member numbers masked.
 */
final class Sip2Connection implements Runnable {
    static final String MDC_CONNECTION = "sip2.connection";
    static final String MDC_TERMINAL = "sip2.terminal";
    static final int MAX_BAD_LINES = 5;
    static final int MAX_REFUSED_LOGINS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Sip2Connection.class);

    private final Socket socket;
    private final long number;
    private final Sip2Codec codec;
    private final Sip2Dispatcher dispatcher;
    private final Duration idleTimeout;
    private final Sip2Session session = new Sip2Session();
    private byte[] lastAnswer;

    Sip2Connection(Socket socket, long number, Sip2Codec codec, Sip2Dispatcher dispatcher, Duration idleTimeout) {
        this.socket = socket;
        this.number = number;
        this.codec = codec;
        this.dispatcher = dispatcher;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public void run() {
        MDC.put(MDC_CONNECTION, " sip2#" + number);
        try (socket) {
            LOG.info("SIP2 connection from {}", socket.getRemoteSocketAddress());
            converse(new LineReader(socket.getInputStream(), socket::setSoTimeout));
        } catch (SocketTimeoutException e) {
            LOG.info("SIP2 connection idle for {} s: closed", idleTimeout.toSeconds());
        } catch (EOFException e) {
            LOG.info("SIP2 connection closed by the terminal");
        } catch (IOException e) {
            LOG.info("SIP2 connection ended: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("SIP2 connection ended by an unexpected error", e);
        } finally {
            MDC.remove(MDC_CONNECTION);
            MDC.remove(MDC_TERMINAL);
        }
    }

    private void converse(LineReader in) throws IOException {
        int badLines = 0;
        while (true) {
            byte[] line = in.readLine(System.nanoTime() + idleTimeout.toNanos());
            Decoded request;
            try {
                request = codec.decode(line);
                badLines = 0;
            } catch (Sip2ChecksumException e) {
                LOG.warn("Bad checksum, asked the terminal to resend: {}", e.getMessage());
                badLines = reject(badLines);
                continue;
            } catch (Sip2FormatException e) {
                LOG.warn("Unreadable line, asked the terminal to resend: {}", e.getMessage());
                badLines = reject(badLines);
                continue;
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("Received {}", Sip2LogMask.forLog(request.raw()));
            }
            if (!answer(request)) {
                return;
            }
        }
    }

    /** Answers one request; false when the connection must end. */
    private boolean answer(Decoded request) throws IOException {
        Sip2Message m = request.message();
        if (m instanceof org.pustaka.sip2.RequestAcsResend) {
            if (lastAnswer != null) {
                send(lastAnswer);
            }
            return true;
        }
        if (Sip2Dispatcher.mustLogIn(m, session)) {
            LOG.warn("Message {} before a good login: connection closed", m.type().code());
            return false;
        }
        Sip2Message answer;
        try {
            answer = dispatcher.answer(m, session);
        } catch (CirculationUnavailableException e) {
            // No answer: the terminal times out and sends the same line again, which the ledger finishes once.
            LOG.warn("Message {} not answered, the library system is unavailable: {}", m.type().code(), e.getMessage());
            return true;
        }
        if (answer == null) {
            LOG.info("Message {} is not supported: no answer", m.type().code());
            return true;
        }
        lastAnswer = codec.encode(answer, request.sequence().orElse(0));
        send(lastAnswer);
        if (session.refusedLogins() >= MAX_REFUSED_LOGINS) {
            LOG.warn("{} refused logins: connection closed", MAX_REFUSED_LOGINS);
            return false;
        }
        return true;
    }

    private int reject(int badLines) throws IOException {
        if (badLines + 1 >= MAX_BAD_LINES) {
            throw new IOException(MAX_BAD_LINES + " unreadable lines in a row");
        }
        send(codec.encode(new RequestScResend(), 0));
        return badLines + 1;
    }

    private void send(byte[] line) throws IOException {
        byte[] framed = new byte[line.length + 1];
        System.arraycopy(line, 0, framed, 0, line.length);
        framed[line.length] = '\r';
        socket.getOutputStream().write(framed);
        socket.getOutputStream().flush();
    }
}
