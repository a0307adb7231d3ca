package org.pustaka.kiosk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

class TcpCatalogProbeTest {

    @Test
    void listeningCatalogPasses() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            URI url = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api/v1/");
            assertThat(new TcpCatalogProbe(url, 2000).check()).contains("127.0.0.1:" + server.getLocalPort());
        }
    }

    @Test
    void closedPortFailsWithTheAddress() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/");
        assertThatThrownBy(() -> new TcpCatalogProbe(url, 2000).check())
                .isInstanceOf(IOException.class).hasMessageContaining("127.0.0.1:" + port);
    }
}
