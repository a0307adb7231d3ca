package org.pustaka.sip2;

/** How a fee was paid (fee paid, 37), two digits. */
public enum PaymentType {
    CASH("00"),
    VISA("01"),
    CREDIT_CARD("02");

    private final String code;

    PaymentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PaymentType fromCode(String code) {
        for (PaymentType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return CASH;
    }
}
