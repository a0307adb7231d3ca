package org.pustaka.kiosk.identification;

/**
 * Which member a contactless card belongs to, by its UID. The pairing is kept by the central catalog; a
 * kiosk remembers what it was told, so a card seen before works while the catalog cannot be reached.
 * Blocks on the network and the database: call it off the event thread.
 */
public interface CardPairings {

    sealed interface Lookup permits Member, Unknown, Unavailable {
    }

    record Member(String memberId) implements Lookup {
    }

    /** The library knows no member for this card. */
    record Unknown() implements Lookup {
    }

    /** Nobody can say now: the catalog is unreachable and the kiosk never saw this card. */
    record Unavailable() implements Lookup {
    }

    Lookup memberFor(String uid);

    /** For a kiosk without a central catalog: no card is paired. */
    CardPairings NONE = uid -> new Unknown();
}
