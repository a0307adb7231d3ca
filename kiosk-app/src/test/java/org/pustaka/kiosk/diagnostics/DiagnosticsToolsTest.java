package org.pustaka.kiosk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.RecordingBuzzer;
import org.pustaka.hardware.sim.RecordingReceiptPrinter;
import org.pustaka.hardware.sim.RecordingStatusLights;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.kiosk.compose.KioskEngine;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.diagnostics.AuditLog;
import org.pustaka.kiosk.diagnostics.CatalogProbe;
import org.pustaka.kiosk.diagnostics.RecentJournal;
import org.pustaka.kiosk.diagnostics.SelfTestTargets;
import org.pustaka.kiosk.diagnostics.SelfTests;
import org.pustaka.kiosk.diagnostics.TagBench;
import org.pustaka.kiosk.diagnostics.TagWriteResult;
import org.pustaka.kiosk.diagnostics.TechnicianLock;
import org.pustaka.kiosk.hub.OutboxSender;
import org.pustaka.kiosk.pin.PinHash;
import org.pustaka.kiosk.receipt.ReceiptHeader;
import org.pustaka.kiosk.receipt.ReceiptTemplates;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.store.StoreException;
import org.pustaka.kiosk.store.jdbc.JdbcAuditStore;
import org.pustaka.kiosk.store.jdbc.JdbcJournalStore;
import org.pustaka.kiosk.ui.TechnicianAccess;
import org.pustaka.kiosk.ui.TechnicianTools;

class DiagnosticsToolsTest {
    @TempDir
    Path dir;

    private final RecordingReceiptPrinter printer = new RecordingReceiptPrinter(48);
    private final RecordingStatusLights lights = new RecordingStatusLights();
    private final RecordingBuzzer buzzer = new RecordingBuzzer();
    private final SimRfidPad pad = new SimRfidPad();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private KioskEngine engine;
    private OutboxSender sender;
    private AuditLog audit;
    private DiagnosticsTools tools;
    private Path log;
    private RecentJournal journalSource;

    @BeforeEach
    void start() throws Exception {
        KioskConfig config = KioskConfig.demo(dir, Map.of("PUSTAKA_SIP2_PASSWORD", "rahasia-sip2"));
        engine = KioskEngine.start(config, new KioskEngine.Options(null, false, null));
        audit = new AuditLog(new JdbcAuditStore(engine.database()), clock);
        sender = new OutboxSender(engine.outbox(), null, config.catalog(), null);
        SelfTests tests = new SelfTests(new SelfTestTargets(new SimRfidPad(), printer, lights, buzzer, engine.library(),
                CatalogProbe.notConfigured(), engine.outbox()::depth), audit);
        log = dir.resolve("logs").resolve("kiosk.log");
        ReceiptTemplates templates = new ReceiptTemplates(new ReceiptHeader("Perpustakaan Kota Malang",
                "Jl. Ijen 30A", "MLG-01", clock.getZone()));
        tools = new DiagnosticsTools(tests, audit, new DiagnosticsTools.Devices(printer, lights, buzzer), templates,
                sender, engine.outbox()::depth, engine.desk(), log, config.maskedView(), clock,
                new TagBench(pad, audit, config.rfid().afiOnLoan(), config.rfid().afiInStock(),
                        config.rfid().ownerCountry(), config.rfid().ownerIsil()),
                max -> journalSource.newest(max), List.of());
        journalSource = max -> JdbcJournalStore.newest(engine.database(), max);
        tools.stepMillis = 0;
    }

    @AfterEach
    void stop() {
        sender.close();
        engine.close();
    }

    @Test
    void theTagBenchListsThePadAndWritesWithTheConfiguredSecurityValues() {
        pad.place(DemoTags.tagFor("30000105"));
        pad.place(new org.pustaka.hardware.sim.SimTag("E0040150FFFF0001", 0, new byte[32]));
        assertThat(tools.tagsOnPad().tags()).extracting(t -> t.content().isPresent()).containsExactly(true, false);

        TagWriteResult written = tools.writeTag(tools.newTagOrder().withItem("30000999").loaned(true));
        assertThat(written.written()).as(written.sentence().both()).isTrue();
        assertThat(pad.tag("E0040150FFFF0001").orElseThrow().afi()).isEqualTo(DemoTags.AFI_ON_LOAN);
        assertThat(audit.recent(1)).extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("write tag", AuditEntry.Outcome.OK));
    }

    @Test
    void theJournalIsReadFromTheStoreAndItsViewingAudited() {
        assertThat(tools.journal(50)).isEmpty();
        assertThat(audit.recent(1)).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("view journal", AuditEntry.Outcome.OK,
                        "0 entries, 0 need staff"));

        journalSource = max -> {
            throw new StoreException("The local store cannot be read.", null);
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tools.journal(50)).isInstanceOf(StoreException.class);
        assertThat(audit.recent(1)).extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("view journal", AuditEntry.Outcome.FAILED));
    }

    @Test
    void selfTestsListEveryCheckAndAreAudited() {
        List<TechnicianTools.Check> checks = tools.selfTests("en");
        assertThat(checks).extracting(TechnicianTools.Check::name)
                .containsExactly("rfid", "printer", "lights", "buzzer", "library", "catalog", "store");
        assertThat(audit.recent(5)).extracting(AuditEntry::action).contains("self-test");
    }

    @Test
    void theTestPagePrintsAndAPrinterOutOfPaperSaysWhatToDo() {
        assertThat(tools.test(TechnicianTools.Device.PRINTER, "en")).contains("Test page printed");
        assertThat(printer.printed()).hasSize(1);
        printer.paperOut(true);
        assertThat(tools.test(TechnicianTools.Device.PRINTER, "id")).contains("periksa kertas, tutup dan kabel printer")
                .doesNotContain("check the printer's paper");
        assertThat(tools.test(TechnicianTools.Device.PRINTER, "en")).contains("check the printer's paper")
                .doesNotContain("periksa kertas");
        assertThat(audit.recent(3)).extracting(AuditEntry::outcome)
                .containsExactly(AuditEntry.Outcome.FAILED, AuditEntry.Outcome.FAILED, AuditEntry.Outcome.OK);
    }

    @Test
    void lightsAndBuzzerPlayEverythingAndEndOnReady() {
        tools.test(TechnicianTools.Device.LIGHTS_AND_BUZZER, "en");
        assertThat(lights.history()).containsSubsequence(List.of(LightPattern.values()));
        assertThat(lights.current()).isEqualTo(LightPattern.READY);
        assertThat(buzzer.played()).containsExactly(BuzzerCue.values());
        assertThat(audit.recent(1)).extracting(AuditEntry::action).containsExactly("lights and buzzer test");
    }

    @Test
    void theLogShowsItsLast200Lines() throws Exception {
        assertThat(tools.read(TechnicianTools.Document.LOG, 200, "en")).singleElement().asString().contains("No log file");
        Files.createDirectories(log.getParent());
        Files.write(log, IntStream.rangeClosed(1, 300).mapToObj(i -> "line " + i).toList());
        List<String> lines = tools.read(TechnicianTools.Document.LOG, 200, "en");
        assertThat(lines).hasSize(200);
        assertThat(lines.get(0)).isEqualTo("line 101");
        assertThat(lines.get(199)).isEqualTo("line 300");
    }

    @Test
    void theConfigurationHidesSecrets() {
        List<String> lines = tools.read(TechnicianTools.Document.CONFIG, 0, "en");
        assertThat(lines).contains("sip2.password = ****").noneMatch(l -> l.contains("rahasia-sip2"));
        assertThat(audit.recent(1)).extracting(AuditEntry::action).containsExactly("view configuration");
    }

    @Test
    void queueAndRetryNowAnswerWithoutACatalog() {
        assertThat(tools.queue().outboxDepth()).isZero();
        assertThat(tools.queue().flagged()).isEmpty();
        assertThat(tools.retryNow()).contains("0 waiting");
        assertThat(audit.recent(1)).extracting(AuditEntry::action).containsExactly("retry now");
    }

    @Test
    void thePinCheckMapsTheLockAnswers() {
        TechnicianLock lock = new TechnicianLock(PinHash.hash("2468"), 2, java.time.Duration.ofMinutes(5), clock, audit);
        TechnicianAccess access = DiagnosticsTools.access(lock);
        assertThat(access.unlock("1111").outcome()).isEqualTo(TechnicianAccess.Answer.Outcome.WRONG);
        TechnicianAccess.Answer locked = access.unlock("1111");
        assertThat(locked.outcome()).isEqualTo(TechnicianAccess.Answer.Outcome.LOCKED);
        assertThat(locked.lockedUntil()).isEqualTo(Instant.parse("2026-11-28T03:05:00Z"));
        assertThat(DiagnosticsTools.access(new TechnicianLock(PinHash.hash("2468"), 5, java.time.Duration.ofMinutes(5),
                clock, audit)).unlock("2468").outcome()).isEqualTo(TechnicianAccess.Answer.Outcome.OPEN);
    }
}
