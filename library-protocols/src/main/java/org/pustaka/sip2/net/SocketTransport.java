package org.pustaka.sip2.net;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/** A SIP2 transport over a TCP socket, plain or TLS (the socket comes from {@link SocketConnector}). */
public final class SocketTransport implements Sip2Transport {
    private static final byte CR = '\r';
    private final Socket socket;
    private final OutputStream out;
    private final LineReader reader;

    public SocketTransport(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.reader = new LineReader(socket.getInputStream(), socket::setSoTimeout);
    }

    @Override
    public void send(byte[] line) throws IOException {
        byte[] framed = new byte[line.length + 1];
        System.arraycopy(line, 0, framed, 0, line.length);
        framed[line.length] = CR;
        out.write(framed);
        out.flush();
    }

    @Override
    public byte[] receive(int timeoutMillis) throws IOException {
        return reader.readLine(System.nanoTime() + timeoutMillis * 1_000_000L);
    }

    @Override
    public boolean usable() {
        if (socket.isClosed() || !socket.isConnected() || socket.isInputShutdown()) {
            return false;
        }
        try {
            // A short read tells an idle connection from one the server closed: the latter reads
            // end-of-stream at once. Bytes found instead are stale answers and are dropped.
            reader.discardBuffered();
            boolean closed = reader.peerClosed(1);
            reader.discardBuffered();
            return !closed;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a broken socket has nothing left to report
        }
    }
}
