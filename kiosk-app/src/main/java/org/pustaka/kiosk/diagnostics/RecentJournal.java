package org.pustaka.kiosk.diagnostics;

import java.util.List;
import org.pustaka.kiosk.store.JournalEntry;

/**
 * The newest circulation journal entries, newest first, at most {@code max} of them, for the
 * diagnostics journal view. Blocking JDBC: call from a worker thread. Throws
 * {@link org.pustaka.kiosk.store.StoreException} when the store cannot be read.
 */
@FunctionalInterface
public interface RecentJournal {
    List<JournalEntry> newest(int max);
}
