package org.pustaka.kiosk.store;

/**
 * An offline transaction's way to the library: {@link #QUEUED} until replayed, then {@link #REPLAYED}
 * (the library has it, whether by this replay or an earlier one whose answer was lost) or
 * {@link #REFUSED} (the library said no; the entry waits for staff). Online entries stay {@link #NONE}.
 */
public enum ReplayState {
    NONE,
    QUEUED,
    REPLAYED,
    REFUSED
}
