package org.pustaka.sip2;

/**
 * SIP2 variable fields by meaning, each carrying its two-letter wire id. Fields are always looked up by
 * id, never by position, because servers order them freely. {@link #secret()} marks the fields that
 * must never reach a log (terminal password, patron password, login password).
 */
public enum FieldId {
    PATRON_IDENTIFIER("AA"),
    ITEM_IDENTIFIER("AB"),
    TERMINAL_PASSWORD("AC", true),
    PATRON_PASSWORD("AD", true),
    PERSONAL_NAME("AE"),
    SCREEN_MESSAGE("AF"),
    PRINT_LINE("AG"),
    DUE_DATE("AH"),
    TITLE_IDENTIFIER("AJ"),
    LIBRARY_NAME("AM"),
    TERMINAL_LOCATION("AN"),
    INSTITUTION_ID("AO"),
    CURRENT_LOCATION("AP"),
    PERMANENT_LOCATION("AQ"),
    HOLD_ITEMS("AS"),
    OVERDUE_ITEMS("AT"),
    CHARGED_ITEMS("AU"),
    FINE_ITEMS("AV"),
    SEQUENCE_NUMBER("AY"),
    CHECKSUM("AZ"),
    HOME_ADDRESS("BD"),
    EMAIL_ADDRESS("BE"),
    HOME_PHONE_NUMBER("BF"),
    OWNER("BG"),
    CURRENCY_TYPE("BH"),
    CANCEL("BI"),
    TRANSACTION_ID("BK"),
    VALID_PATRON("BL"),
    RENEWED_ITEMS("BM"),
    UNRENEWED_ITEMS("BN"),
    FEE_ACKNOWLEDGED("BO"),
    START_ITEM("BP"),
    END_ITEM("BQ"),
    QUEUE_POSITION("BR"),
    PICKUP_LOCATION("BS"),
    FEE_TYPE("BT"),
    RECALL_ITEMS("BU"),
    FEE_AMOUNT("BV"),
    EXPIRATION_DATE("BW"),
    SUPPORTED_MESSAGES("BX"),
    HOLD_TYPE("BY"),
    HOLD_ITEMS_LIMIT("BZ"),
    OVERDUE_ITEMS_LIMIT("CA"),
    CHARGED_ITEMS_LIMIT("CB"),
    FEE_LIMIT("CC"),
    UNAVAILABLE_HOLD_ITEMS("CD"),
    HOLD_QUEUE_LENGTH("CF"),
    FEE_IDENTIFIER("CG"),
    ITEM_PROPERTIES("CH"),
    SECURITY_INHIBIT("CI"),
    RECALL_DATE("CJ"),
    MEDIA_TYPE("CK"),
    SORT_BIN("CL"),
    HOLD_PICKUP_DATE("CM"),
    LOGIN_USER_ID("CN"),
    LOGIN_PASSWORD("CO", true),
    LOCATION_CODE("CP"),
    VALID_PATRON_PASSWORD("CQ"),
    /** Not in SIP2 2.00 but sent by Koha, Evergreen and others on checkin: why the alert flag is set. */
    ALERT_TYPE("CV");

    private final String code;
    private final boolean secret;

    FieldId(String code) {
        this(code, false);
    }

    FieldId(String code, boolean secret) {
        this.code = code;
        this.secret = secret;
    }

    public String code() {
        return code;
    }

    public boolean secret() {
        return secret;
    }

    /** Whether a raw two-letter id names a secret field. */
    public static boolean isSecret(String code) {
        return LOGIN_PASSWORD.code.equals(code) || PATRON_PASSWORD.code.equals(code)
                || TERMINAL_PASSWORD.code.equals(code);
    }
}
