package org.pustaka.kiosk.store;

import java.time.Instant;
import java.util.Optional;

/** Contactless card UIDs and the members they belong to, as the central catalog last said. Blocks on the database. */
public interface CardPairingStore {

    void remember(String cardUid, String memberId, Instant fetched);

    /** Drops a pairing the central catalog no longer knows (a card reported lost). */
    void forget(String cardUid);

    Optional<String> memberFor(String cardUid);
}
