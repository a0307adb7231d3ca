package org.pustaka.kiosk.events;

/** Whom an event is meant for; the age range on {@link LibraryEvent} narrows it. */
public enum Audience {
    CHILDREN("Anak-anak", "Children"),
    TEENS("Remaja", "Teens"),
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

    public static Audience parse(String name) {
        for (Audience a : values()) {
            if (a.name().equalsIgnoreCase(name)) {
                return a;
            }
        }
        return EVERYONE;
    }
}
