package org.pustaka.kiosk.events;

import org.pustaka.kiosk.booking.Sentence;

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

    /**
     * The category for a stored name or the central catalog's series slug ({@code literasi-digital},
     * {@code bengkel-penulisan-kreatif}, {@code diskusi-buku-bulanan}); unknown ones are {@link #OTHER}.
     */
    public static EventCategory parse(String name) {
        String n = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        if (n.startsWith("literasi-digital")) {
            return LITERASI_DIGITAL;
        }
        if (n.startsWith("bengkel-penulisan")) {
            return BENGKEL_PENULISAN;
        }
        if (n.startsWith("diskusi-buku")) {
            return DISKUSI_BUKU;
        }
        for (EventCategory c : values()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return OTHER;
    }
}
