package org.pustaka.sip2.sim;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pustaka.sip2.Decoded;
import org.pustaka.sip2.MessageType;
import org.pustaka.sip2.RequestScResend;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2FormatException;
import org.pustaka.sip2.Sip2Message;

/**
 * A SIP2 server on loopback that answers each request with the message scripted for its type, for
 * tests of whatever speaks SIP2 as the terminal. It knows no library rules. Answers carry the request's
 * sequence number and a checksum when the request had them; a request it cannot read gets a 96, a type
 * without a script gets no answer. {@link #faultNext} spoils the next answers on the wire, one fault each.
 * One connection at a time, on its own daemon thread; scripts and faults may change while it runs.
 */
public final class ScriptedAcs implements AutoCloseable {
    /** What can go wrong with one answer on the wire. */
    public enum Fault {
        /** The checksum is off by one digit. */
        WRONG_CHECKSUM,
        /** The sequence number is not the request's. */
        WRONG_SEQUENCE,
        /** A line of garbage instead of the answer. */
        GARBAGE,
        /** The variable fields in reverse order (the checksum stays right). */
        REORDERED_FIELDS,
        /** The answer in two writes, so it arrives split over reads. */
        SPLIT_WRITE,
        /** The connection closes instead of answering. */
        DROP
    }

    private final Sip2Codec codec;
    private final Map<MessageType, Sip2Message> script = new ConcurrentHashMap<>();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    public ScriptedAcs(Sip2Codec codec) {
        this.codec = codec;
    }

    /** Answers every request of {@code requestType} with {@code answer} from now on. */
    public ScriptedAcs answer(MessageType requestType, Sip2Message answer) {
        script.put(requestType, answer);
        return this;
    }

    /** Spoils the next answer with {@code fault}; several calls spoil several answers in order. */
    public void faultNext(Fault fault) {
        faults.add(fault);
    }

    /** Every request line received so far, as text without terminator. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** Starts listening on a free loopback port and returns it. */
    public int start() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serve, "scripted-acs");
        t.setDaemon(true);
        t.start();
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(new BufferedInputStream(socket.getInputStream()), socket.getOutputStream());
            } catch (IOException e) {
                // the connection ended or the server closed; wait for the next one
            }
        }
    }

    private void converse(InputStream in, OutputStream out) throws IOException {
        for (byte[] line = readLine(in); line != null; line = readLine(in)) {
            received.add(new String(line, codec.charset()));
            byte[] answer = answerTo(line);
            if (answer == null) {
                continue;
            }
            Fault fault = faults.poll();
            if (fault == Fault.DROP) {
                return;
            }
            write(out, fault == null ? answer : spoil(answer, fault), fault == Fault.SPLIT_WRITE);
        }
    }

    private byte[] answerTo(byte[] line) {
        try {
            Decoded request = codec.decode(line);
            Sip2Message answer = script.get(request.message().type());
            return answer == null ? null : codec.encode(answer, request.sequence().orElse(0));
        } catch (Sip2FormatException e) {
            return codec.encode(new RequestScResend(), 0);
        }
    }

    private byte[] spoil(byte[] answer, Fault fault) {
        return switch (fault) {
            case WRONG_CHECKSUM -> WireFaults.breakChecksum(answer);
            case WRONG_SEQUENCE -> WireFaults.withSequence(answer, (sequenceOf(answer) + 1) % 10, codec);
            case GARBAGE -> "\u0001garbage\u0002".getBytes(codec.charset());
            case REORDERED_FIELDS -> WireFaults.reorder(answer, codec);
            case SPLIT_WRITE, DROP -> answer;
        };
    }

    private int sequenceOf(byte[] answer) {
        try {
            return codec.decode(answer).sequence().orElse(0);
        } catch (Sip2FormatException e) {
            return 0;
        }
    }

    private static void write(OutputStream out, byte[] answer, boolean split) throws IOException {
        byte[] line = new byte[answer.length + 1];
        System.arraycopy(answer, 0, line, 0, answer.length);
        line[answer.length] = '\r';
        int first = split ? line.length / 2 : line.length;
        out.write(line, 0, first);
        out.flush();
        out.write(line, first, line.length - first);
        out.flush();
    }

    /** The next line without its terminator (CR, LF or CRLF), or null at the end of the stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\r' || b == '\n') {
                if (line.size() > 0) {
                    return line.toByteArray();
                }
            } else {
                line.write(b);
            }
        }
        return line.size() > 0 ? line.toByteArray() : null;
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
    }
}
