package org.pustaka.kiosk.events;

/**
 * The library's event series; events the central catalog lists under other names are {@link #OTHER}.
 * The series is for choosing and seeding events: the visitor reads an event's own title, never its
 * series.
 */
public enum EventCategory {
    LITERASI_DIGITAL,
    BENGKEL_PENULISAN,
    DISKUSI_BUKU,
    OTHER;

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
