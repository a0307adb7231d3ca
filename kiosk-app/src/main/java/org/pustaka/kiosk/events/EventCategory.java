package org.pustaka.kiosk.events;

/** The library's event series; events the central catalog lists under other names are {@link #OTHER}. */
public enum EventCategory {
    LITERASI_DIGITAL("Literasi Digital", "Digital literacy"),
    BENGKEL_PENULISAN("Bengkel Penulisan Kreatif", "Creative writing workshop"),
    DISKUSI_BUKU("Diskusi Buku Bulanan", "Monthly book discussion"),
    OTHER("Acara lain", "Other event");

    private final Sentence label;

    EventCategory(String id, String en) {
        this.label = new Sentence(id, en);
    }

    public Sentence label() {
        return label;
    }

    /** The category for a name from the central catalog; unknown names are {@link #OTHER}, never an error. */
    public static EventCategory parse(String name) {
        for (EventCategory c : values()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return OTHER;
    }
}
