package org.pustaka.kiosk.diagnostics;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.StatusLights;
import org.pustaka.kiosk.circulation.Circulation;
import org.pustaka.kiosk.circulation.ReplaySummary;
import org.pustaka.kiosk.diagnostics.AuditLog;
import org.pustaka.kiosk.diagnostics.OutboxDepth;
import org.pustaka.kiosk.diagnostics.PadScan;
import org.pustaka.kiosk.diagnostics.RecentJournal;
import org.pustaka.kiosk.diagnostics.SelfTests;
import org.pustaka.kiosk.diagnostics.TagBench;
import org.pustaka.kiosk.diagnostics.TagOrder;
import org.pustaka.kiosk.diagnostics.TagWriteResult;
import org.pustaka.kiosk.diagnostics.TechnicianLock;
import org.pustaka.kiosk.diagnostics.UnlockResult;
import org.pustaka.kiosk.hub.OutboxSender;
import org.pustaka.kiosk.hub.SendReport;
import org.pustaka.kiosk.receipt.ReceiptTemplates;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.ui.TechnicianAccess;
import org.pustaka.kiosk.ui.TechnicianTools;

/**
 * The diagnostics screen's tools over the running kiosk: the self-tests, the printer, lights and
 * buzzer, the outbox sender and the circulation desk, the journal, the log file and the configuration, and
 * the tag bench on the shared reader. Every action is recorded in the audit log (the tag view's polling is
 * not). Blocking; the screen calls it on a worker thread.
 */
public final class DiagnosticsTools implements TechnicianTools {
    private static final int TAIL_BYTES = 256 * 1024;
    /** The self-test line that lists the simulated parts of a production configuration ({@link SimulatedParts}). */
    public static final String SETUP_CHECK = "setup";

    private final SelfTests selfTests;
    private final AuditLog audit;
    private final Devices devices;
    private final ReceiptTemplates templates;
    private final OutboxSender sender;
    private final OutboxDepth outbox;
    private final Circulation desk;
    private final Path logFile;
    private final Map<String, String> maskedConfig;
    private final Clock clock;
    private final TagBench tags;
    private final RecentJournal journal;
    private final List<String> simulated;
    private java.util.function.Supplier<String> lastCard = () -> "";
    /** How long each light pattern and cue lasts, so the technician can see and hear it (tests: 0). */
    long stepMillis = 600;

    /** The devices the hands-on tests use; {@code lights} and {@code buzzer} may be null (none fitted). */
    public record Devices(ReceiptPrinter printer, StatusLights lights, Buzzer buzzer) {
    }

    public DiagnosticsTools(SelfTests selfTests, AuditLog audit, Devices devices, ReceiptTemplates templates,
                     OutboxSender sender, OutboxDepth outbox, Circulation desk, Path logFile,
                     Map<String, String> maskedConfig, Clock clock, TagBench tags, RecentJournal journal,
                     List<String> simulated) {
        this.selfTests = selfTests;
        this.audit = audit;
        this.devices = devices;
        this.templates = templates;
        this.sender = sender;
        this.outbox = outbox;
        this.desk = desk;
        this.logFile = logFile;
        this.maskedConfig = new TreeMap<>(maskedConfig);
        this.clock = clock;
        this.tags = tags;
        this.journal = journal;
        this.simulated = List.copyOf(simulated);
    }

    /** The screen's PIN check over the technician lock; the PIN goes no further than the lock. */
    public static TechnicianAccess access(TechnicianLock lock) {
        return pin -> answer(lock.unlock(pin));
    }

    static TechnicianAccess.Answer answer(UnlockResult r) {
        TechnicianAccess.Answer.Outcome outcome = switch (r.outcome()) {
            case GRANTED -> TechnicianAccess.Answer.Outcome.OPEN;
            case WRONG_PIN -> TechnicianAccess.Answer.Outcome.WRONG;
            case LOCKED -> TechnicianAccess.Answer.Outcome.LOCKED;
            case NOT_CONFIGURED -> TechnicianAccess.Answer.Outcome.NOT_CONFIGURED;
        };
        return new TechnicianAccess.Answer(outcome, r.triesLeft(), r.lockedUntil());
    }

    @Override
    public List<Check> selfTests(String language) {
        // SelfTests records the run in the audit log itself
        List<Check> checks = new ArrayList<>();
        if (!simulated.isEmpty()) {
            checks.add(new Check(SETUP_CHECK, false, String.join(" ", simulated), 0));
        }
        selfTests.runAll().forEach(c -> checks.add(new Check(c.name(), c.ok(), c.detail().in(language), c.millis())));
        return checks;
    }

    @Override
    public String test(Device device, String language) {
        return switch (device) {
            case PRINTER -> printTestPage(language);
            case LIGHTS_AND_BUZZER -> lightsAndBuzzer(language);
        };
    }

    private String printTestPage(String language) {
        try {
            devices.printer().print(templates.testPage(clock.instant(), language));
            audit.record("printer test page", AuditEntry.Outcome.OK, "printed");
            return TechnicianText.of("test.printer.printed").in(language);
        } catch (DeviceException e) {
            audit.record("printer test page", AuditEntry.Outcome.FAILED, e.getMessage());
            return TechnicianText.of("test.printer.failed", TechnicianText.aside(e.getMessage())).in(language);
        }
    }

    private String lightsAndBuzzer(String language) {
        List<String> done = new ArrayList<>();
        if (devices.lights() != null) {
            for (LightPattern p : LightPattern.values()) {
                devices.lights().show(p);
                done.add("light " + p);
                pause();
            }
            devices.lights().show(LightPattern.READY);
        }
        if (devices.buzzer() != null) {
            for (BuzzerCue c : BuzzerCue.values()) {
                devices.buzzer().play(c);
                done.add("buzzer " + c);
                pause();
            }
        }
        audit.record("lights and buzzer test", AuditEntry.Outcome.OK, done.size() + " steps");
        if (done.isEmpty()) {
            return TechnicianText.of("test.lights.none").in(language);
        }
        return TechnicianText.of("test.lights.played").in(language) + "\n" + String.join("\n", done);
    }

    @Override
    public Queue queue() {
        int depth = outbox.depth();
        List<String> flagged = desk.needingStaff().stream().map(DiagnosticsTools::flagged).toList();
        audit.record("outbox and flagged", AuditEntry.Outcome.OK, depth + " waiting, " + flagged.size() + " flagged");
        return new Queue(depth, flagged);
    }

    private static String flagged(JournalEntry e) {
        // no patron number here: the screen is on the shop floor
        return e.kind() + " " + e.itemId() + " " + (e.title() == null ? "" : e.title()) + " - " + e.state()
                + (e.detail() == null || e.detail().isBlank() ? "" : ": " + e.detail());
    }

    /** Where the "scan a card" test reads the last card from (the kiosk's card readers, masked). */
    public DiagnosticsTools lastCardFrom(java.util.function.Supplier<String> masked) {
        this.lastCard = masked;
        return this;
    }

    @Override
    public String lastCard(String language) {
        String last = lastCard.get();
        boolean id = "id".equals(language);
        if (last.isEmpty()) {
            return id ? "Belum ada kartu terbaca. Pindai atau tempelkan kartu, lalu tekan tombol ini lagi."
                    : "No card read yet. Scan or tap a card, then press this button again.";
        }
        return (id ? "Kartu terakhir: " : "Last card: ") + last;
    }

    @Override
    public String retryNow() {
        ReplaySummary replay = desk.replay();
        SendReport sent = sender.sendNow();
        String detail = "replayed " + replay.replayed() + ", refused " + replay.refused() + ", left " + replay.left()
                + "; reports accepted " + sent.accepted() + ", rejected " + sent.rejected() + ", waiting "
                + sent.stillPending();
        boolean ok = sent.lastError().isBlank();
        audit.record("retry now", ok ? AuditEntry.Outcome.OK : AuditEntry.Outcome.FAILED, detail);
        return "Transaksi offline / offline transactions: " + replay.replayed() + " sent, " + replay.refused()
                + " refused, " + replay.left() + " left.\nLaporan / reports: " + sent.accepted() + " accepted, "
                + sent.rejected() + " rejected, " + sent.stillPending() + " waiting."
                + (ok ? "" : "\n" + sent.lastError());
    }

    @Override
    public List<JournalEntry> journal(int max) {
        try {
            List<JournalEntry> entries = journal.newest(max);
            long staff = entries.stream().filter(JournalEntry::needsStaff).count();
            audit.record("view journal", AuditEntry.Outcome.OK, entries.size() + " entries, " + staff + " need staff");
            return entries;
        } catch (RuntimeException e) {
            audit.record("view journal", AuditEntry.Outcome.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    @Override
    public List<String> read(Document document, int maxLines, String language) {
        return switch (document) {
            case LOG -> logTail(maxLines, language);
            case CONFIG -> {
                audit.record("view configuration", AuditEntry.Outcome.OK, "secrets masked");
                yield maskedConfig.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList();
            }
        };
    }

    private List<String> logTail(int maxLines, String language) {
        if (!Files.isRegularFile(logFile)) {
            audit.record("view log", AuditEntry.Outcome.FAILED, "no log file at " + logFile);
            return List.of(TechnicianText.of("log.none", logFile).in(language));
        }
        try (RandomAccessFile f = new RandomAccessFile(logFile.toFile(), "r")) {
            long from = Math.max(0, f.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (f.length() - from)];
            f.seek(from);
            f.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
            // the first line of a cut read may be half a line
            int start = Math.max(from > 0 ? 1 : 0, lines.size() - maxLines);
            audit.record("view log", AuditEntry.Outcome.OK, "last " + (lines.size() - start) + " lines");
            return lines.subList(start, lines.size());
        } catch (IOException e) {
            audit.record("view log", AuditEntry.Outcome.FAILED, e.getMessage());
            return List.of(TechnicianText.of("log.unreadable", e.getMessage()).in(language));
        }
    }

    @Override
    public PadScan tagsOnPad() {
        return tags.scan();
    }

    @Override
    public TagOrder newTagOrder() {
        return tags.newOrder();
    }

    @Override
    public TagWriteResult writeTag(TagOrder order) {
        // the bench records the write, refused or not, in the audit log
        return tags.write(order);
    }

    @Override
    public void restarting() {
        audit.record("restart kiosk", AuditEntry.Outcome.OK, "window closed by the technician; the service restarts it");
    }

    private void pause() {
        try {
            Thread.sleep(stepMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
