package org.pustaka.sip2;

/** Circulation status of an item in 18 (item information response): two digits on the wire. */
public enum CirculationStatus {
    OTHER("01"),
    ON_ORDER("02"),
    AVAILABLE("03"),
    CHARGED("04"),
    CHARGED_NOT_TO_BE_RECALLED("05"),
    IN_PROCESS("06"),
    RECALLED("07"),
    WAITING_ON_HOLD_SHELF("08"),
    WAITING_TO_BE_RESHELVED("09"),
    IN_TRANSIT("10"),
    CLAIMED_RETURNED("11"),
    LOST("12"),
    MISSING("13"),
    UNKNOWN("00");

    private final String code;

    CirculationStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean onLoan() {
        return this == CHARGED || this == CHARGED_NOT_TO_BE_RECALLED || this == RECALLED;
    }

    public static CirculationStatus fromCode(String code) {
        for (CirculationStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
