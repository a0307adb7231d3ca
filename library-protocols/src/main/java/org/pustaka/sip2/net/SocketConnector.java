package org.pustaka.sip2.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Opens SIP2 connections: TCP, or TLS checked against a truststore (the JDK's own when none is given)
 * with the host name verified. Each call opens a new connection.
 */
public final class SocketConnector {
    private final String host;
    private final int port;
    private final int connectTimeoutMillis;
    private final TlsContext tls;

    /** Where the TLS context comes from; built on first use so a bad truststore is a connection error. */
    @FunctionalInterface
    public interface TlsContext {
        SSLContext get() throws IOException;
    }

    private SocketConnector(String host, int port, int connectTimeoutMillis, TlsContext tls) {
        this.host = host;
        this.port = port;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.tls = tls;
    }

    public static SocketConnector plain(String host, int port, int connectTimeoutMillis) {
        return new SocketConnector(host, port, connectTimeoutMillis, null);
    }

    public static SocketConnector tls(String host, int port, int connectTimeoutMillis, SSLContext context) {
        return new SocketConnector(host, port, connectTimeoutMillis, () -> context);
    }

    /** TLS trusting {@code truststore} (null: the JDK's trusted authorities). */
    public static SocketConnector tls(String host, int port, int connectTimeoutMillis, Path truststore,
                                      String password) {
        return new SocketConnector(host, port, connectTimeoutMillis, () -> trusting(truststore, password));
    }

    /** A TLS context trusting the certificates in {@code truststore} (PKCS12 or JKS), or the JDK's when null. */
    public static SSLContext trusting(Path truststore, String password) throws IOException {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (truststore == null) {
                tmf.init((KeyStore) null);
            } else {
                tmf.init(KeyStore.getInstance(truststore.toFile(), password.toCharArray()));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot read the SIP2 truststore " + truststore + ": " + e.getMessage()
                    + ". Check sip2.truststore and sip2.truststorePassword.", e);
        }
    }

    public String address() {
        return host + ":" + port + (tls == null ? "" : " (TLS)");
    }

    public Sip2Transport open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            if (tls == null) {
                return new SocketTransport(socket);
            }
            SSLSocket ssl = (SSLSocket) tls.get().getSocketFactory().createSocket(socket, host, port, true);
            SSLParameters params = ssl.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            ssl.setSSLParameters(params);
            ssl.setSoTimeout(connectTimeoutMillis);
            ssl.startHandshake();
            return new SocketTransport(ssl);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
