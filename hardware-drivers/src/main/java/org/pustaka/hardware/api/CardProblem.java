package org.pustaka.hardware.api;

import java.util.Objects;

/**
 * Something a card reader saw that is not a card to act on, for the screen to put in words. A problem
 * never carries a member number; {@code detail} is for the technician's log.
 */
public record CardProblem(String reader, Kind kind, String detail) {

    public enum Kind {
        /** A scan that stopped half-way (a burst without its end, a line without its suffix). */
        PARTIAL_READ,
        /** More than one card at once (two patron cards on the pad). */
        TWO_CARDS,
        /** A card of another library (the tag's ISIL is not this library's). */
        OTHER_LIBRARY,
        /** A card the library does not know (a contactless card paired with no member). */
        UNKNOWN_CARD,
        /** The card's member cannot be looked up now (no pairing kept, central catalog unreachable). */
        LOOKUP_UNAVAILABLE,
        /** A card the reader sees but cannot read (no UID, no member number). */
        UNREADABLE,
        /** The reader stopped answering or was unplugged; it is tried again by itself. */
        READER_LOST,
        /** The reader answers again. */
        READER_BACK
    }

    public CardProblem {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }
}
