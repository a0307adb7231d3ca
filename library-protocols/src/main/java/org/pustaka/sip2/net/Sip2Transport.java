package org.pustaka.sip2.net;

import java.io.IOException;

/**
 * Moves SIP2 lines over a connection and nothing else: it adds the CR on send and strips the
 * terminator on receive; encoding, checksums and retries belong to the codec and the client. Not
 * thread-safe: one request at a time, which SIP2 requires anyway. Calls block.
 */
public interface Sip2Transport extends AutoCloseable {

    void send(byte[] line) throws IOException;

    /**
     * The next line, waiting at most {@code timeoutMillis}.
     *
     * @throws java.net.SocketTimeoutException when nothing complete arrived in time
     * @throws java.io.EOFException when the server closed the connection
     */
    byte[] receive(int timeoutMillis) throws IOException;

    /**
     * Whether the connection still looks usable: not closed here and not closed by the server while idle.
     * Drops any stray bytes left from earlier answers.
     */
    boolean usable();

    @Override
    void close();
}
