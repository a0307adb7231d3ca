package org.pustaka.hardware.api;

import java.util.Objects;

/**
 * One card as a reader saw it. {@code reader} names the reader ({@code hid}, {@code serial}, {@code pad},
 * {@code pcsc}); {@code value} is a member number as printed on the card ({@link Kind#NUMBER}, still raw:
 * the kiosk normalises it) or a contactless card's UID in upper-case hex ({@link Kind#UID}), which only
 * the library's pairing turns into a member.
 */
public record CardRead(String reader, Kind kind, String value) {

    public enum Kind { NUMBER, UID }

    public CardRead {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static CardRead number(String reader, String value) {
        return new CardRead(reader, Kind.NUMBER, value);
    }

    public static CardRead uid(String reader, String value) {
        return new CardRead(reader, Kind.UID, value);
    }
}
