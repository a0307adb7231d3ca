package org.pustaka.kiosk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.testing.MutableClock;

class AuditLogTest {
    private final MemoryAuditStore store = new MemoryAuditStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T03:00:00Z"));
    private final AuditLog audit = new AuditLog(store, clock);

    @Test
    void recordsWithTimeAndMasksSecrets() {
        audit.record("config", AuditEntry.Outcome.OK, "shown with sip2.password=rahasia and token: abc123");
        AuditEntry e = audit.recent(1).get(0);
        assertThat(e.at()).isEqualTo(clock.instant());
        assertThat(e.detail()).doesNotContain("rahasia").doesNotContain("abc123");
    }

    @Test
    void aFailingStoreDoesNotStopTheTechnician() {
        store.failing = true;
        audit.record("test-page", AuditEntry.Outcome.OK, "printed");
        store.failing = false;
        assertThat(audit.recent(10)).isEmpty();
    }
}
