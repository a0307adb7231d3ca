package org.pustaka.kiosk.events;

/**
 * Whom an event is meant for; the age range on {@link LibraryEvent} narrows it. The screen says each in
 * the visitor's language under the key {@code audience.<NAME>} of its messages.
 */
public enum Audience {
    CHILDREN,
    YOUTH,
    TEENS,
    TEENS_AND_ADULTS,
    ADULTS,
    FAMILIES,
    EVERYONE;

    /** The audience for an age range (0 = open), for listings that give ages but no audience of ours. */
    public static Audience forAges(int minAge, int maxAge) {
        if (minAge >= 17) {
            return ADULTS;
        }
        if (maxAge > 0 && maxAge <= 12) {
            return CHILDREN;
        }
        if (maxAge > 0 && maxAge <= 19) {
            return minAge >= 13 ? TEENS : YOUTH;
        }
        if (minAge >= 13) {
            return TEENS_AND_ADULTS;
        }
        return EVERYONE;
    }

    public static Audience parse(String name) {
        for (Audience a : values()) {
            if (a.name().equalsIgnoreCase(name)) {
                return a;
            }
        }
        return EVERYONE;
    }
}
