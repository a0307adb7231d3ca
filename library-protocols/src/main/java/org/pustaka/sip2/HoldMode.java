package org.pustaka.sip2;

/** What a hold request (15) does: place, cancel or change a hold. */
public enum HoldMode {
    ADD('+'),
    DELETE('-'),
    CHANGE('*');

    private final char code;

    HoldMode(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static HoldMode fromCode(char c) {
        for (HoldMode m : values()) {
            if (m.code == c) {
                return m;
            }
        }
        return CHANGE;
    }
}
