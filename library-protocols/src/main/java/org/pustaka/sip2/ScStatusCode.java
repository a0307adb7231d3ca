package org.pustaka.sip2;

/** The kiosk's own state, sent in SC status (99). */
public enum ScStatusCode {
    OK('0'),
    PRINTER_OUT_OF_PAPER('1'),
    ABOUT_TO_SHUT_DOWN('2');

    private final char code;

    ScStatusCode(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static ScStatusCode fromCode(char c) {
        for (ScStatusCode s : values()) {
            if (s.code == c) {
                return s;
            }
        }
        return OK;
    }
}
