package org.pustaka.sip2;

/** SIP2 fee types, two digits; unknown codes read as {@link #OTHER}. */
public enum FeeType {
    OTHER("01"),
    ADMINISTRATIVE("02"),
    DAMAGE("03"),
    OVERDUE("04"),
    PROCESSING("05"),
    RENTAL("06"),
    REPLACEMENT("07"),
    COMPUTER_ACCESS_CHARGE("08"),
    HOLD_FEE("09");

    private final String code;

    FeeType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static FeeType fromCode(String code) {
        for (FeeType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return OTHER;
    }
}
