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

/**
 * Tools that answer at once with fixed results and remember what was asked of them; the tag bench is
 * the real one over a simulated pad, so the tag view is tried against real decoding and writing.
 */
final class FakeTechnicianTools implements TechnicianTools {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<AuditEntry> audited = new CopyOnWriteArrayList<>();
    final SimRfidPad pad = new SimRfidPad();
    final java.util.concurrent.atomic.AtomicInteger scans = new java.util.concurrent.atomic.AtomicInteger();
    private final TagBench bench = TagBench.withDemoOwner(pad, new AuditLog(new AuditStore() {
        @Override
        public void append(AuditEntry entry) {
            audited.add(entry);
        }

        @Override
        public List<AuditEntry> latest(int max) {
            return List.copyOf(audited);
        }
    }, java.time.Clock.systemUTC()), DemoTags.AFI_ON_LOAN, DemoTags.AFI_IN_STOCK);

    @Override
    public List<Check> selfTests() {
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

    @Override
    public String retryNow() {
        calls.add("retryNow");
        return "retried";
    }

    @Override
    public List<String> read(Document document, int maxLines) {
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
