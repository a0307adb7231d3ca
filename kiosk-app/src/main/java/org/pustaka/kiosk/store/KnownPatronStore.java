package org.pustaka.kiosk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Visitors the library accepted while it was online, so offline rules can tell them apart and an
 * offline visit can still greet them by name. Keys are hashes of card numbers and PIN hashes, never the
 * numbers or PINs themselves. Blocking JDBC.
 */
public interface KnownPatronStore {

    /** Remembers a visitor the library accepted, with the name it gave ("" or null when none). */
    void remember(String patronKey, String pinHash, String name, Instant seen);

    /** The stored PIN hash of a known visitor ("" when none was stored); empty when never seen. */
    Optional<String> pinHash(String patronKey);

    /** The name the library gave when the visitor was last accepted; empty when never seen or no name kept. */
    Optional<String> name(String patronKey);
}
