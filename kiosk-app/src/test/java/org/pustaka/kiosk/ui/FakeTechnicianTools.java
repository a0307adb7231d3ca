package org.pustaka.kiosk.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.kiosk.diagnostics.AuditLog;
import org.pustaka.kiosk.diagnostics.PadScan;
import org.pustaka.kiosk.diagnostics.TagBench;
import org.pustaka.kiosk.diagnostics.TagOrder;
import org.pustaka.kiosk.diagnostics.TagWriteResult;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.store.AuditStore;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.ReplayState;

/**
 * Tools that answer at once with fixed results and remember what was asked of them; the tag bench is
 * the real one over a simulated pad, so the tag view is tried against real decoding and writing.
 */
final class FakeTechnicianTools implements TechnicianTools {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<AuditEntry> audited = new CopyOnWriteArrayList<>();
    final SimRfidPad pad = new SimRfidPad();
    /** The journal the view reads, newest first; tests may replace its contents. */
    final List<JournalEntry> journal = new CopyOnWriteArrayList<>(sampleJournal());
    final java.util.concurrent.atomic.AtomicInteger scans = new java.util.concurrent.atomic.AtomicInteger();
    private final TagBench bench = new TagBench(pad, new AuditLog(new AuditStore() {
        @Override
        public void append(AuditEntry entry) {
            audited.add(entry);
        }

        @Override
        public List<AuditEntry> latest(int max) {
            return List.copyOf(audited);
        }
    }, java.time.Clock.systemUTC()), DemoTags.AFI_ON_LOAN, DemoTags.AFI_IN_STOCK,
            DemoTags.COUNTRY, DemoTags.ISIL);

    @Override
    public List<Check> selfTests(String language) {
        calls.add("selfTests");
        return List.of(new Check("rfid", true, "The RFID reader answers; 0 tags on the pad.", 12),
                new Check("printer", false, "The printer is out of paper: load a new roll.", 3),
                new Check("library", true, "SIP2 status answered in 40 ms.", 41),
                new Check("catalog", true, "No central catalog configured.", 0));
    }

    @Override
    public String test(Device device, String language) {
        calls.add("test " + device);
        return "tested " + device;
    }

    @Override
    public Queue queue() {
        calls.add("queue");
        return new Queue(3, List.of("CHECKOUT 0001234 Laskar Pelangi - FLAGGED"));
    }

    /** What the kiosk's card readers read last, masked, as the real tools get it; empty before any card. */
    volatile java.util.function.Supplier<String> lastCardRead = () -> "";

    @Override
    public String lastCard(String language) {
        calls.add("lastCard " + language);
        String last = lastCardRead.get();
        return last.isEmpty() ? "none" : last;
    }

    @Override
    public String retryNow() {
        calls.add("retryNow");
        return "retried";
    }

    @Override
    public List<JournalEntry> journal(int max) {
        calls.add("journal " + max);
        return List.copyOf(journal.subList(0, Math.min(max, journal.size())));
    }

    /** A morning at the kiosk, newest first: one entry in each state a technician meets. */
    static List<JournalEntry> sampleJournal() {
        java.time.Instant t = java.time.Instant.parse("2026-11-28T03:00:00Z");
        return List.of(
                entry(JournalKind.CHECKOUT, "30000105", "2024000123", t.plusSeconds(600), JournalState.FLAGGED,
                        "", ReplayState.NONE, "The loan could not be undone: the tag did not answer."),
                entry(JournalKind.CHECKIN, "30000088", "", t.plusSeconds(480), JournalState.TAG_DONE, "",
                        ReplayState.REFUSED, "The library refused the offline return."),
                entry(JournalKind.CHECKOUT, "30000042", "2024000777", t.plusSeconds(360), JournalState.TAG_DONE, "",
                        ReplayState.QUEUED, ""),
                entry(JournalKind.RENEW, "30000017", "2024000555", t.plusSeconds(240), JournalState.REFUSED,
                        "RENEWAL_LIMIT_REACHED", ReplayState.NONE, ""),
                entry(JournalKind.CHECKOUT, "30000009", "2024000123", t.plusSeconds(120), JournalState.COMPENSATED,
                        "", ReplayState.NONE, "The tag could not be secured; the loan was undone."),
                entry(JournalKind.CHECKOUT, "30000001", "2024000123", t, JournalState.TAG_DONE, "",
                        ReplayState.REPLAYED, ""));
    }

    static JournalEntry entry(JournalKind kind, String item, String patron, java.time.Instant at, JournalState state,
                              String refusal, ReplayState replay, String detail) {
        return new JournalEntry(java.util.UUID.nameUUIDFromBytes((item + at).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), kind, item, List.of(), patron, state,
                replay != ReplayState.NONE, "", null, refusal, "", false, detail, replay, at, at);
    }

    @Override
    public List<String> read(Document document, int maxLines, String language) {
        calls.add("read " + document + " " + maxLines);
        return List.of(document == Document.LOG ? "2026-11-28 10:00:00 INFO kiosk ready" : "sip2.password = ****");
    }

    @Override
    public PadScan tagsOnPad() {
        scans.incrementAndGet();
        return bench.scan();
    }

    @Override
    public TagOrder newTagOrder() {
        return bench.newOrder();
    }

    @Override
    public TagWriteResult writeTag(TagOrder order) {
        calls.add("writeTag " + order.itemId());
        return bench.write(order);
    }

    @Override
    public void restarting() {
        calls.add("restarting");
    }
}
