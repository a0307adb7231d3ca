package org.pustaka.kiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.catalog.api.sim.SimReceived;
import org.pustaka.hardware.sim.FileBackedRfidPad;
import org.pustaka.hardware.sim.RecordingReceiptPrinter;
import org.pustaka.hardware.sim.SimCardScanner;
import org.pustaka.kiosk.compose.CatalogReporting;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.hub.OutboxSender;
import org.pustaka.kiosk.hub.SendReport;
import org.pustaka.kiosk.hub.SurveyReporter;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;
import org.pustaka.kiosk.ui.SimulatedLink;

/** The windowed demo's central catalog switch, driven as the devices window drives it. */
class DemoCentralCatalogTest {
    @TempDir
    Path dir;
    private DemoCentralCatalog central;
    private Database db;
    private CentralCatalogClient client;
    private OutboxSender sender;
    private JdbcOutboxStore outbox;
    private DemoDevices devices;

    @BeforeEach
    void open() throws Exception {
        KioskConfig config = KioskConfig.demo(Files.createDirectories(dir.resolve("data")), Map.of());
        assertThat(config.catalog().urlIfConfigured()).as("the demo configuration names no catalog").isEmpty();
        central = DemoCentralCatalog.startFor(config).orElseThrow();
        assertThat(central.config().catalog().urlIfConfigured()).contains(central.sim().baseUri());
        db = Database.open(config.kiosk().dataDir());
        outbox = new JdbcOutboxStore(db);
        client = CatalogReporting.clientFor(central.config());
        // rounds an hour apart: only the switch coming back can make the outbox drain within the test
        CatalogSettings c = central.config().catalog();
        CatalogSettings slow = new CatalogSettings(c.url(), c.token(), null, "", c.connectTimeoutMillis(),
                c.responseTimeoutMillis(), c.heartbeatSeconds(), c.retryAttempts(), c.retryBaseMillis(), 3600,
                c.batchSize());
        sender = new OutboxSender(outbox, client, slow, null);
        devices = new DemoDevices(new SimDevices(FileBackedRfidPad.open(dir.resolve("pad.state")), new SimCardScanner(),
                null), new RecordingReceiptPrinter(32), central, sender);
    }

    @AfterEach
    void close() {
        sender.close();
        client.close();
        db.close();
        central.close();
    }

    @Test
    void aReportWaitsWhileTheCatalogIsOfflineAndArrivesOnceWhenItIsBack() {
        sender.start();
        devices.offline(SimulatedLink.CENTRAL_CATALOG, true);
        assertThat(central.sim().isOffline()).isTrue();

        UUID id = new SurveyReporter(outbox, Clock.systemUTC()).answered(4, "id", "BORROW").orElseThrow();
        SendReport offline = sender.sendNow();
        assertThat(offline.failed()).isTrue();
        assertThat(offline.lastError()).contains("could not be reached");
        assertThat(outbox.depth()).isEqualTo(1);
        assertThat(central.sim().data().storedIds("survey-answers")).doesNotContain(id);

        devices.offline(SimulatedLink.CENTRAL_CATALOG, false);
        assertThat(central.sim().isOffline()).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> central.sim().data().storedIds("survey-answers").contains(id));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> outbox.depth() == 0);
        sender.sendNow();
        assertThat(central.sim().received()).filteredOn(r -> id.toString().equals(r.id()))
                .extracting(SimReceived::duplicate).containsExactly(false);
    }

    @Test
    void aConfiguredCatalogIsLeftAlone() throws Exception {
        KioskConfig real = central.config();
        assertThat(DemoCentralCatalog.startFor(real)).isEmpty();
    }
}
