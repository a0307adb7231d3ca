package org.pustaka.kiosk.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.store.AuditStore;
import org.pustaka.kiosk.store.StoreException;

/** An audit store in memory; {@link #failing} makes it throw like a broken disk. */
final class MemoryAuditStore implements AuditStore {
    private final List<AuditEntry> entries = new ArrayList<>();
    volatile boolean failing;

    @Override
    public synchronized void append(AuditEntry entry) {
        if (failing) {
            throw new StoreException("disk full");
        }
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> latest(int max) {
        List<AuditEntry> out = new ArrayList<>(entries);
        java.util.Collections.reverse(out);
        return out.subList(0, Math.min(max, out.size()));
    }
}
