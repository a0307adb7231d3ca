package org.pustaka.sip2;

/** The item's security marker in item information (18), two digits. */
public enum SecurityMarker {
    OTHER("00"),
    NONE("01"),
    TATTLE_TAPE("02"),
    WHISPER_TAPE("03");

    private final String code;

    SecurityMarker(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SecurityMarker fromCode(String code) {
        for (SecurityMarker m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        return OTHER;
    }
}
