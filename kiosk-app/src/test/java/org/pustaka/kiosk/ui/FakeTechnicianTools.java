package org.pustaka.kiosk.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Tools that answer at once with fixed results and remember what was asked of them. */
final class FakeTechnicianTools implements TechnicianTools {
    final List<String> calls = new CopyOnWriteArrayList<>();

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
    public void restarting() {
        calls.add("restarting");
    }
}
