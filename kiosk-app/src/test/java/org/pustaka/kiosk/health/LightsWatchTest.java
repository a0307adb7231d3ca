package org.pustaka.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.StatusLights;
import org.pustaka.hardware.sim.RecordingReceiptPrinter;
import org.pustaka.hardware.sim.RecordingStatusLights;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.kiosk.circulation.ReaderItemPad;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.library.LibraryStatus;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.sip2.Sip2LibrarySystem;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.StoreException;
import org.pustaka.sip2.sim.SimulatedAcs;

class LightsWatchTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private volatile boolean online = true;
    private volatile boolean storeBroken;
    private final RecordingReceiptPrinter printer = new RecordingReceiptPrinter(48);
    private final RecordingStatusLights lights = new RecordingStatusLights();
    private final ServiceFaults faults = new ServiceFaults();
    private final LightsWatch watch = new LightsWatch(library(), printer, lights, faults, () -> {
        if (storeBroken) {
            throw new StoreException("disk full");
        }
    });

    @AfterEach
    void closeWatch() {
        watch.close();
    }

    @Test
    void showsOfflineWhileTheLibraryIsUnreachableAndAttentionWithoutPaper() throws Exception {
        KioskConfig config = KioskConfig.demo(dir, Map.of());
        try (SimulatedAcs acs = new SimulatedAcs()) {
            acs.start(0, dir.resolve("loans.json"));
            java.time.Clock clock = java.time.Clock.system(config.kiosk().zone());
            try (LibrarySystem library = new Sip2LibrarySystem(config.sip2().onLoopback(acs.port(), acs.catalog().institution(),
                    java.nio.charset.StandardCharsets.UTF_8), config.kiosk().zone(),
                    clock)) {
                RecordingStatusLights lights = new RecordingStatusLights();
                try (LightsWatch watch = new LightsWatch(library, printer, lights, new ServiceFaults(), () -> { })) {
                    assertThat(watch.look()).isEqualTo(LightPattern.READY);
                    acs.setOffline(true);
                    assertThat(watch.look()).isEqualTo(LightPattern.OFFLINE);
                    acs.setOffline(false);
                    printer.paperOut(true);
                    assertThat(watch.look()).isEqualTo(LightPattern.ATTENTION);
                    assertThat(watch.look()).isEqualTo(LightPattern.ATTENTION);
                    printer.paperOut(false);
                    assertThat(watch.look()).isEqualTo(LightPattern.READY);

                    assertThat(lights.history()).containsExactly(LightPattern.READY, LightPattern.OFFLINE,
                            LightPattern.ATTENTION, LightPattern.READY);
                }
            }
        }
    }

    @Test
    void aReaderThatStopsAnsweringTurnsTheLightsRedAtOnceAndTheyGoBackWhenItAnswers() {
        online = false;
        assertThat(watch.look()).isEqualTo(LightPattern.OFFLINE);
        SimRfidPad reader = new SimRfidPad();
        try (ReaderItemPad pad = new ReaderItemPad(reader, 0xC2, 0x07, 1, Duration.ofMillis(10))) {
            pad.watchReader(faults.readerListener());
            pad.watch(tags -> { });

            reader.broken(true);
            await().atMost(WAIT).until(lights::current, p -> p == LightPattern.OUT_OF_ORDER);
            assertThat(faults.outOfOrder()).isTrue();

            reader.broken(false);
            await().atMost(WAIT).until(lights::current, p -> p == LightPattern.OFFLINE);
        }
        assertThat(lights.history()).containsExactly(LightPattern.OFFLINE, LightPattern.OUT_OF_ORDER,
                LightPattern.OFFLINE);
    }

    @Test
    void aJournalWriteThatFailsPutsTheKioskOutOfOrderUntilTheDatabaseTakesWritesAgain() {
        BreakableJournal journal = new BreakableJournal();
        WatchedJournalStore watched = new WatchedJournalStore(journal, faults);
        assertThat(watch.look()).isEqualTo(LightPattern.READY);

        journal.broken = true;
        storeBroken = true;
        assertThatThrownBy(() -> watched.begin(null)).isInstanceOf(StoreException.class);
        await().atMost(WAIT).until(lights::current, p -> p == LightPattern.OUT_OF_ORDER);
        watched.unfinished();
        assertThat(faults.outOfOrder()).as("a read that works proves nothing about writes").isTrue();
        assertThat(watch.look()).as("the store check still fails").isEqualTo(LightPattern.OUT_OF_ORDER);

        storeBroken = false;
        assertThat(watch.look()).as("the store check succeeds").isEqualTo(LightPattern.READY);
        assertThat(faults.outOfOrder()).isFalse();
    }

    @Test
    void aSuccessfulJournalWriteEndsAStoreFailure() {
        BreakableJournal journal = new BreakableJournal();
        WatchedJournalStore watched = new WatchedJournalStore(journal, faults);
        storeBroken = true;
        journal.broken = true;
        assertThatThrownBy(() -> watched.record(null, null)).isInstanceOf(StoreException.class);
        assertThat(watch.look()).isEqualTo(LightPattern.OUT_OF_ORDER);

        journal.broken = false;
        watched.record(null, null);
        assertThat(faults.outOfOrder()).isFalse();
        assertThat(watch.look()).isEqualTo(LightPattern.READY);
    }

    @Test
    void outOfOrderWinsOverOfflineWhichWinsOverAttention() {
        online = false;
        printer.paperOut(true);
        faults.readerFailed("no answer");
        assertThat(watch.look()).isEqualTo(LightPattern.OUT_OF_ORDER);
        faults.readerRecovered();
        assertThat(watch.look()).isEqualTo(LightPattern.OFFLINE);
        online = true;
        assertThat(watch.look()).isEqualTo(LightPattern.ATTENTION);
        printer.paperOut(false);
        assertThat(watch.look()).isEqualTo(LightPattern.READY);
    }

    @Test
    void theTouchscreensCuesAreHeldBackWhileOutOfOrderAndItsReadyMeansTheRestingLight() {
        StatusLights cues = watch.cues();
        online = false;
        assertThat(watch.look()).isEqualTo(LightPattern.OFFLINE);
        cues.show(LightPattern.BUSY);
        cues.show(LightPattern.READY);
        assertThat(lights.history()).containsExactly(LightPattern.OFFLINE, LightPattern.BUSY, LightPattern.OFFLINE);

        faults.readerFailed("no answer");
        assertThat(watch.look()).isEqualTo(LightPattern.OUT_OF_ORDER);
        cues.show(LightPattern.BUSY);
        cues.show(LightPattern.READY);
        assertThat(lights.current()).isEqualTo(LightPattern.OUT_OF_ORDER);
    }

    private LibrarySystem library() {
        return (LibrarySystem) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {LibrarySystem.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("status")) {
                        return new LibraryStatus(online, online ? 1 : -1, online ? "" : "unreachable");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A journal whose writes fail while {@code broken}; reads answer empty. */
    private static final class BreakableJournal implements JournalStore {
        volatile boolean broken;

        @Override
        public void begin(JournalEntry entry) {
            fail();
        }

        @Override
        public void record(JournalEntry entry, OutboxRecord report) {
            fail();
        }

        @Override
        public Optional<JournalEntry> find(UUID id) {
            return Optional.empty();
        }

        @Override
        public List<JournalEntry> unfinished() {
            return List.of();
        }

        @Override
        public List<JournalEntry> queued() {
            return List.of();
        }

        @Override
        public List<JournalEntry> forItem(String itemId) {
            return List.of();
        }

        @Override
        public List<JournalEntry> all() {
            return List.of();
        }

        @Override
        public List<JournalEntry> needingStaff() {
            return List.of();
        }

        private void fail() {
            if (broken) {
                throw new StoreException("disk full");
            }
        }
    }
}
