package org.pustaka.sip2;

import java.util.Optional;

/** Every SIP2 command the kiosk sends or understands, by meaning, carrying its two-digit wire code. */
public enum MessageType {
    LOGIN("93", 2),
    LOGIN_RESPONSE("94", 1),
    SC_STATUS("99", 8),
    ACS_STATUS("98", 34),
    PATRON_INFORMATION("63", 31),
    PATRON_INFORMATION_RESPONSE("64", 59),
    PATRON_STATUS("23", 21),
    PATRON_STATUS_RESPONSE("24", 35),
    CHECKOUT("11", 38),
    CHECKOUT_RESPONSE("12", 22),
    CHECKIN("09", 37),
    CHECKIN_RESPONSE("10", 22),
    RENEW("29", 38),
    RENEW_RESPONSE("30", 22),
    RENEW_ALL("65", 18),
    RENEW_ALL_RESPONSE("66", 27),
    ITEM_INFORMATION("17", 18),
    ITEM_INFORMATION_RESPONSE("18", 24),
    END_PATRON_SESSION("35", 18),
    END_SESSION_RESPONSE("36", 19),
    FEE_PAID("37", 25),
    FEE_PAID_RESPONSE("38", 19),
    HOLD("15", 19),
    HOLD_RESPONSE("16", 20),
    REQUEST_ACS_RESEND("97", 0),
    REQUEST_SC_RESEND("96", 0);

    private final String code;
    private final int fixedLength;

    MessageType(String code, int fixedLength) {
        this.code = code;
        this.fixedLength = fixedLength;
    }

    /** Characters of fixed fields after the command code; variable fields start after them. */
    public int fixedLength() {
        return fixedLength;
    }

    public String code() {
        return code;
    }

    /** The resend requests carry a checksum but no sequence number (the guide's {@code 96AZFEF6}). */
    public boolean carriesSequence() {
        return this != REQUEST_ACS_RESEND && this != REQUEST_SC_RESEND;
    }

    public static Optional<MessageType> fromCode(String code) {
        for (MessageType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
