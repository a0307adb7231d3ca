package org.pustaka.kiosk.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pustaka.kiosk.diagnostics.DeviceChecks.Verdict;
import org.pustaka.kiosk.store.AuditEntry;

/**
 * The technician's self-tests over the kiosk's ports: RFID reader (health and an inventory), receipt
 * printer (status), status lights, buzzer, library system (status with round trip), central catalog
 * and local store (outbox depth). Each check runs on the calling thread and blocks for as long as the
 * device or connection takes (bounded by their own timeouts), so call from a worker thread. A check
 * that throws unexpectedly fails with its message instead of stopping the others. Every run is
 * recorded in the audit log.
 */
public final class SelfTests {
    public static final List<String> NAMES = List.of("rfid", "printer", "lights", "buzzer", "library", "catalog",
            "store");

    private final Map<String, Supplier<Verdict>> checks = new LinkedHashMap<>();
    private final AuditLog audit;

    public SelfTests(SelfTestTargets t, AuditLog audit) {
        this.audit = audit;
        checks.put("rfid", () -> DeviceChecks.rfid(t.rfid()));
        checks.put("printer", () -> DeviceChecks.printer(t.printer()));
        checks.put("lights", () -> DeviceChecks.lights(t.lights()));
        checks.put("buzzer", () -> DeviceChecks.buzzer(t.buzzer()));
        checks.put("library", () -> ConnectionChecks.library(t.library()));
        checks.put("catalog", () -> ConnectionChecks.catalog(t.catalog()));
        checks.put("store", () -> ConnectionChecks.store(t.outbox()));
    }

    /** Every check in the order of {@link #NAMES}. */
    public List<CheckResult> runAll() {
        List<CheckResult> results = new ArrayList<>();
        for (String name : checks.keySet()) {
            results.add(measure(name));
        }
        List<String> failed = results.stream().filter(r -> !r.ok()).map(CheckResult::name)
                .collect(Collectors.toList());
        audit(failed.isEmpty() ? AuditEntry.Outcome.OK : AuditEntry.Outcome.FAILED, "self-test",
                results.size() + " checks" + (failed.isEmpty() ? ", all passed" : ", failed: " + failed));
        return results;
    }

    /** One check by name. Throws {@link IllegalArgumentException} for a name not in {@link #NAMES}. */
    public CheckResult run(String name) {
        if (!checks.containsKey(name)) {
            throw new IllegalArgumentException("no self-test named " + name + "; known: " + NAMES);
        }
        CheckResult r = measure(name);
        audit(r.ok() ? AuditEntry.Outcome.OK : AuditEntry.Outcome.FAILED, "self-test " + name, r.detail().both());
        return r;
    }

    private CheckResult measure(String name) {
        long start = System.nanoTime();
        Verdict v;
        try {
            v = checks.get(name).get();
        } catch (RuntimeException e) {
            v = Verdict.failed("check.unexpected", TechnicianText.aside(e.toString()));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new CheckResult(name, v.ok(), v.detail(), millis);
    }

    private void audit(AuditEntry.Outcome outcome, String action, String detail) {
        if (audit != null) {
            audit.record(action, outcome, detail);
        }
    }
}
