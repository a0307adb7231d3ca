package org.pustaka.kiosk.store;

import java.util.List;

/**
 * The diagnostics audit trail. Blocking JDBC calls: use from worker threads. Throws
 * {@link StoreException} when the local store fails.
 */
public interface AuditStore {

    void append(AuditEntry entry);

    /** Up to {@code max} entries, newest first. */
    List<AuditEntry> latest(int max);
}
