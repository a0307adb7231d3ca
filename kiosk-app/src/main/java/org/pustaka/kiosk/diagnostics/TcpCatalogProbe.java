package org.pustaka.kiosk.diagnostics;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * Checks that the central catalog's host accepts a connection on its port within the connect timeout.
 * It proves the network path and the address in {@code catalog.url}, not the token; the catalog
 * adapter's own health call can take its place where it is built in.
 */
public final class TcpCatalogProbe implements CatalogProbe {
    private final URI url;
    private final int timeoutMillis;

    public TcpCatalogProbe(URI url, int timeoutMillis) {
        this.url = url;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public TechnicianText check() throws IOException {
        String host = url.getHost();
        if (host == null) {
            throw new IOException("catalog.url " + url + " names no host");
        }
        int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
        } catch (IOException e) {
            throw new IOException(host + ":" + port + " did not accept a connection within " + timeoutMillis
                    + " ms: " + e.getMessage(), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return TechnicianText.of("check.catalog.reachable", host + ":" + port, millis);
    }
}
