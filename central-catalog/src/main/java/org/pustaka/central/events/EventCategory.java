package org.pustaka.central.events;

/**
 * The library's kinds of event; {@code code} is what {@code library_event.category} and the kiosk API carry
 * (the demo's series use the same codes). A category the service does not know reads as {@link #OTHER}.
 */
public enum EventCategory {
    LITERASI_DIGITAL("literasi-digital"),
    BENGKEL_PENULISAN_KREATIF("bengkel-penulisan-kreatif"),
    DISKUSI_BUKU_BULANAN("diskusi-buku-bulanan"),
    OTHER("lainnya");

    private final String code;

    EventCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EventCategory of(String code) {
        for (EventCategory c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return OTHER;
    }
}
