package org.pustaka.sip2.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.OptionalInt;
import org.pustaka.sip2.Decoded;
import org.pustaka.sip2.RequestAcsResend;
import org.pustaka.sip2.RequestScResend;
import org.pustaka.sip2.Sip2ChecksumException;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2FormatException;
import org.pustaka.sip2.Sip2LogMask;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.net.LineReader;
import org.pustaka.sip2.sim.WireFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kiosk's connection to the simulated library: reads requests, answers them in the request's own
 * style (with sequence number and checksum when the request had them), repeats the last answer on 97,
 * answers 96 to a request it cannot read, and applies the fault switches.
 */
final class SimConnection implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SimConnection.class);
    private static final long NO_DEADLINE_NANOS = 3_600_000_000_000L;
    private static final byte[] GARBAGE = "#%!\u00ff\u0001 GARBLED !%#".getBytes(Charset.forName("ISO-8859-1"));

    private final Socket socket;
    private final SimLibrary library;
    private final SimFaults faults;
    private final Sip2Codec checked;
    private final Sip2Codec plain;
    private byte[] lastAnswer;
    private Decoded lastRequest;

    SimConnection(Socket socket, SimLibrary library, SimFaults faults, Sip2Codec checked, Sip2Codec plain) {
        this.socket = socket;
        this.library = library;
        this.faults = faults;
        this.checked = checked;
        this.plain = plain;
    }

    @Override
    public void run() {
        try (socket) {
            LineReader reader = new LineReader(socket.getInputStream(), socket::setSoTimeout);
            OutputStream out = socket.getOutputStream();
            while (true) {
                byte[] line = reader.readLine(System.nanoTime() + NO_DEADLINE_NANOS);
                if (!handle(line, out)) {
                    return;
                }
            }
        } catch (IOException e) {
            LOG.debug("Simulated library connection ended: {}", e.getMessage());
        }
    }

    /** False when the connection is to be dropped. */
    private boolean handle(byte[] line, OutputStream out) throws IOException {
        if (faults.silent) {
            return true;
        }
        if (SimFaults.take(faults.dropBeforeProcessing)) {
            return false;
        }
        Decoded request;
        try {
            request = checked.decode(line);
        } catch (Sip2ChecksumException e) {
            write(out, checked.encode(new RequestScResend(), 0));
            return true;
        } catch (Sip2FormatException e) {
            LOG.debug("Simulated library cannot read {}: {}", Sip2LogMask.forLog(new String(line, checked.charset())),
                    e.getMessage());
            write(out, checked.encode(new RequestScResend(), 0));
            return true;
        }
        if (request.message() instanceof RequestAcsResend) {
            if (lastAnswer != null) {
                deliver(out, lastAnswer, lastRequest);
            }
            return true;
        }
        if (SimFaults.take(faults.askResend)) {
            write(out, checked.encode(new RequestScResend(), 0));
            return true;
        }
        Sip2Message answer = library.answer(request.message(), faults);
        if (answer == null) {
            return true;
        }
        if (SimFaults.take(faults.dropAfterProcessing)) {
            return false;
        }
        lastAnswer = encode(answer, request);
        lastRequest = request;
        pause();
        deliver(out, lastAnswer, request);
        return true;
    }

    /** Writes an answer (a first one or a repeat after 97), broken as the fault switches say. */
    private void deliver(OutputStream out, byte[] answer, Decoded request) throws IOException {
        write(out, SimFaults.take(faults.garbage) ? GARBAGE : corrupt(answer, request));
    }

    private byte[] encode(Sip2Message answer, Decoded request) {
        boolean withChecksum = request.raw().length() >= 6
                && request.raw().charAt(request.raw().length() - 6) == 'A'
                && request.raw().charAt(request.raw().length() - 5) == 'Z';
        Sip2Codec codec = withChecksum || request.sequence().isPresent() ? checked : plain;
        OptionalInt seq = request.sequence();
        byte[] bytes = codec.encode(answer, seq.orElse(0));
        return faults.reorderFields ? WireFaults.reorder(bytes, codec) : bytes;
    }

    private byte[] corrupt(byte[] answer, Decoded request) {
        if (SimFaults.take(faults.wrongSequence) && request.sequence().isPresent()) {
            return WireFaults.withSequence(answer, (request.sequence().getAsInt() + 1) % 10, checked);
        }
        if (SimFaults.take(faults.wrongChecksum)) {
            return WireFaults.breakChecksum(answer);
        }
        if (SimFaults.take(faults.brokenChecksumMarker)) {
            return WireFaults.breakChecksumMarker(answer);
        }
        return answer;
    }

    private void write(OutputStream out, byte[] line) throws IOException {
        byte[] ending = faults.lineEnding.text().getBytes(checked.charset());
        byte[] bytes = Arrays.copyOf(line, line.length + ending.length);
        System.arraycopy(ending, 0, bytes, line.length, ending.length);
        if (faults.splitWrites && bytes.length > 4) {
            int half = bytes.length / 2;
            out.write(bytes, 0, half);
            out.flush();
            sleep(30);
            out.write(bytes, half, bytes.length - half);
        } else {
            out.write(bytes);
        }
        out.flush();
    }

    private void pause() {
        if (faults.delayMillis > 0) {
            sleep(faults.delayMillis);
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
