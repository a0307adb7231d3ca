package org.pustaka.kiosk.diagnostics;

import java.time.Clock;
import java.util.List;
import org.pustaka.kiosk.logging.SecretMaskingConverter;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.store.AuditStore;
import org.pustaka.kiosk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every diagnostics action in the audit store, with the detail's secrets masked once more in
 * case a caller slipped. A store failure is logged and does not stop the technician's work: the log
 * file then carries the action instead. Blocks on the store; thread-safe as the store is.
 */
public final class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final AuditStore store;
    private final Clock clock;

    public AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void record(String action, AuditEntry.Outcome outcome, String detail) {
        String masked = SecretMaskingConverter.mask(detail == null ? "" : detail);
        AuditEntry entry = new AuditEntry(clock.instant(), action, outcome, masked);
        try {
            store.append(entry);
        } catch (StoreException e) {
            LOG.error("Could not record diagnostics action {} ({}) in the audit log: {}", action, outcome,
                    e.getMessage());
        }
    }

    /** The newest {@code max} entries, newest first; empty when the store fails. */
    public List<AuditEntry> recent(int max) {
        try {
            return store.latest(max);
        } catch (StoreException e) {
            LOG.error("Could not read the audit log: {}", e.getMessage());
            return List.of();
        }
    }
}
