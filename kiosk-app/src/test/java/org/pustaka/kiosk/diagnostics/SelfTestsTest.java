package org.pustaka.kiosk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.PrinterStatus;
import org.pustaka.hardware.sim.RecordingBuzzer;
import org.pustaka.hardware.sim.RecordingReceiptPrinter;
import org.pustaka.hardware.sim.RecordingStatusLights;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.store.StoreException;
import org.pustaka.kiosk.testing.MutableClock;

class SelfTestsTest {
    private final SimRfidPad pad = new SimRfidPad();
    private final RecordingReceiptPrinter printer = new RecordingReceiptPrinter(48);
    private final RecordingBuzzer buzzer = new RecordingBuzzer();
    private final StandInLibrarySystem library = StandInLibrarySystem.answering();
    private final MemoryAuditStore auditStore = new MemoryAuditStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T03:00:00Z"));
    private CatalogProbe catalog = CatalogProbe.notConfigured();
    private OutboxDepth outbox = () -> 3;

    private List<CheckResult> run() {
        SelfTestTargets targets = new SelfTestTargets(pad, printer, new RecordingStatusLights(), buzzer, library,
                () -> catalog.check(), () -> outbox.depth());
        return new SelfTests(targets, new AuditLog(auditStore, clock)).runAll();
    }

    private static CheckResult named(List<CheckResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyCheckPassesOnHealthySimulators() {
        List<CheckResult> results = run();
        assertThat(results).extracting(CheckResult::name).containsExactlyElementsOf(SelfTests.NAMES);
        assertThat(results).allMatch(CheckResult::ok);
        assertThat(named(results, "store").detail().both()).contains("3 reports wait");
        assertThat(named(results, "library").detail().both()).contains("answered in");
        assertThat(buzzer.played()).containsExactly(BuzzerCue.KEY);
        AuditEntry audit = auditStore.latest(1).get(0);
        assertThat(audit.action()).isEqualTo("self-test");
        assertThat(audit.outcome()).isEqualTo(AuditEntry.Outcome.OK);
    }

    @Test
    void printerOutOfPaperFailsThePrinterCheckOnly() {
        printer.paperOut(true);
        List<CheckResult> results = run();
        CheckResult p = named(results, "printer");
        assertThat(p.ok()).isFalse();
        assertThat(p.detail().both()).isEqualTo("Kertas habis: pasang gulungan baru. / Paper out: load a new roll.");
        assertThat(results).filteredOn(r -> !r.ok()).extracting(CheckResult::name).containsExactly("printer");
        assertThat(auditStore.latest(1).get(0).detail()).contains("failed: [printer]");
    }

    @Test
    void libraryDownFailsTheLibraryCheckWithWhatToDo() {
        library.down(true);
        CheckResult l = named(run(), "library");
        assertThat(l.ok()).isFalse();
        assertThat(l.detail().both()).contains("check the network and the SIP2 server").contains("periksa jaringan");
    }

    @Test
    void otherPrinterStates() {
        printer.status(new PrinterStatus(true, false, false, true, false, true));
        assertThat(named(run(), "printer").detail().both()).contains("cover open");
        printer.status(new PrinterStatus(true, true, false, false, false, true));
        CheckResult nearEnd = named(run(), "printer");
        assertThat(nearEnd.ok()).isTrue();
        assertThat(nearEnd.detail().both()).contains("Paper near end");
        printer.status(PrinterStatus.UNKNOWN);
        assertThat(named(run(), "printer").detail().both()).contains("one-way link");
    }

    @Test
    void brokenReaderCatalogAndStoreEachFailWithASentence() {
        pad.broken(true);
        catalog = () -> {
            throw new java.io.IOException("katalog.example:443 did not accept a connection");
        };
        outbox = () -> {
            throw new StoreException("Local database error: disk full");
        };
        List<CheckResult> results = run();
        assertThat(named(results, "rfid").ok()).isFalse();
        assertThat(named(results, "rfid").detail().both()).contains("check its cable, power");
        assertThat(named(results, "catalog").detail().both()).contains("catalog.url", "did not accept");
        assertThat(named(results, "store").detail().both()).contains("disk full");
    }

    @Test
    void aCheckThatThrowsDoesNotStopTheOthers() {
        outbox = () -> {
            throw new IllegalStateException("bug");
        };
        List<CheckResult> results = run();
        assertThat(results).hasSize(SelfTests.NAMES.size());
        assertThat(named(results, "store").detail().both()).contains("failed unexpectedly");
    }

    @Test
    void singleCheckByName() {
        SelfTests tests = new SelfTests(new SelfTestTargets(pad, null, null, null, library,
                CatalogProbe.notConfigured(), () -> 0), new AuditLog(auditStore, clock));
        assertThat(tests.run("printer").detail().both()).contains("printer.driver=none");
        assertThat(auditStore.latest(1).get(0).action()).isEqualTo("self-test printer");
        assertThatThrownBy(() -> tests.run("toaster")).isInstanceOf(IllegalArgumentException.class);
    }
}
