package org.pustaka.kiosk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Test;

class TcpCatalogProbeTest {

    @Test
    void listeningCatalogPasses() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            URI url = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api/v1/");
            assertThat(new TcpCatalogProbe(url, 2000).check().both()).contains("127.0.0.1:" + server.getLocalPort());
        }
    }

    @Test
    void closedPortFailsWithTheAddress() throws Exception {
        // bound but not listening: the port refuses connections, and nobody else can take it meanwhile
        try (Socket closed = new Socket()) {
            closed.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = closed.getLocalPort();
            URI url = URI.create("http://127.0.0.1:" + port + "/");
            assertThatThrownBy(() -> new TcpCatalogProbe(url, 2000).check())
                    .isInstanceOf(IOException.class).hasMessageContaining("127.0.0.1:" + port);
        }
    }
}
