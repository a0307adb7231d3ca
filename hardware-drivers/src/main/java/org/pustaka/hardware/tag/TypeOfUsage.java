package org.pustaka.hardware.tag;

/**
 * The 4-bit type of usage of the basic block (Danish data model, DS/INF 163, carried over into
 * ISO 28560-3): 0 acquisition, 1 item for circulation, 2 item not for circulation (may be returned, never
 * checked out), 7 discarded, 8 patron card. Other values are reserved or local.
 *
 * <p>Offline rules: while the library system cannot be asked, the tag is the only authority, so only
 * values whose meaning is known to allow the action are accepted. Issue offline is allowed for 1 only;
 * return offline for 1 and 2. Reserved and local values (3-6, 9-15) are refused offline in both
 * directions, since a library may use them for items that must be checked with the library system
 * (the finer ISO 28560-1 subclasses, such as circulating items not to be issued or returned offline,
 * do not fit in this 4-bit field). Online, the library system decides and only 0, 7 and 8 are refused
 * by the tag itself, and 2 for checkout.
 */
public record TypeOfUsage(int code) {
    public static final int ACQUISITION = 0;
    public static final int CIRCULATING = 1;
    public static final int NOT_FOR_CIRCULATION = 2;
    public static final int DISCARDED = 7;
    public static final int PATRON_CARD = 8;

    public TypeOfUsage {
        if (code < 0 || code > 15) {
            throw new IllegalArgumentException("The type of usage is 4 bits (0-15), not " + code + ".");
        }
    }

    public static TypeOfUsage of(int code) {
        return new TypeOfUsage(code);
    }

    /** Whether the tag allows a checkout at all (the library system still decides online). */
    public boolean mayCheckOut() {
        return code != ACQUISITION && code != NOT_FOR_CIRCULATION && code != DISCARDED && code != PATRON_CARD;
    }

    /** Whether the tag allows a return at all. */
    public boolean mayCheckIn() {
        return code != ACQUISITION && code != DISCARDED && code != PATRON_CARD;
    }

    /** True when this item must not be issued while the library system is unreachable. */
    public boolean forbidsOfflineIssue() {
        return code != CIRCULATING;
    }

    /** True when this item must not be returned while the library system is unreachable. */
    public boolean forbidsOfflineReturn() {
        return code != CIRCULATING && code != NOT_FOR_CIRCULATION;
    }

    public boolean patronCard() {
        return code == PATRON_CARD;
    }

    /** A short English name for technicians' screens and logs. */
    public String description() {
        return switch (code) {
            case ACQUISITION -> "acquisition";
            case CIRCULATING -> "circulating";
            case NOT_FOR_CIRCULATION -> "not for circulation";
            case DISCARDED -> "discarded";
            case PATRON_CARD -> "patron card";
            default -> "reserved or local value " + code;
        };
    }
}
