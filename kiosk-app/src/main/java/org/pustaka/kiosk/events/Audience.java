package org.pustaka.kiosk.events;

import org.pustaka.kiosk.booking.Sentence;

/** Whom an event is meant for; the age range on {@link LibraryEvent} narrows it. */
public enum Audience {
    CHILDREN("Anak-anak", "Children"),
    YOUTH("Anak dan remaja", "Children and teens"),
    TEENS("Remaja", "Teens"),
    TEENS_AND_ADULTS("Remaja dan dewasa", "Teens and adults"),
    ADULTS("Dewasa", "Adults"),
    FAMILIES("Keluarga", "Families"),
    EVERYONE("Umum", "Everyone");

    private final Sentence label;

    Audience(String id, String en) {
        this.label = new Sentence(id, en);
    }

    public Sentence label() {
        return label;
    }

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
