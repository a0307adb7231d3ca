package org.pustaka.kiosk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Visitors the library accepted while it was online, so offline rules can tell them apart. Keys are
 * hashes of card numbers and PIN hashes, never the numbers or PINs themselves. Blocking JDBC.
 */
public interface KnownPatronStore {

    void remember(String patronKey, String pinHash, Instant seen);

    /** The stored PIN hash of a known visitor ("" when none was stored); empty when never seen. */
    Optional<String> pinHash(String patronKey);
}
