package org.pustaka.hardware.rfid.feig;

/**
 * The ISO 15693 host commands the kiosk sends inside FEIG command 0xB0, with their ISO 15693 codes.
 * MODE byte values used with them: 0x00 new inventory, 0x80 more inventory data, 0x01 addressed; 0x10
 * asks for an AFI-filtered inventory (only tags whose AFI matches the byte after MODE answer).
 */
public enum IsoHostCommand {
    INVENTORY(0x01),
    READ_MULTIPLE_BLOCKS(0x23),
    WRITE_MULTIPLE_BLOCKS(0x24),
    WRITE_AFI(0x27),
    GET_SYSTEM_INFORMATION(0x2B);

    /** FEIG's command byte for ISO 15693 host commands. */
    public static final int FEIG_COMMAND = 0xB0;
    public static final int MODE_NEW_INVENTORY = 0x00;
    public static final int MODE_MORE = 0x80;
    public static final int MODE_ADDRESSED = 0x01;
    public static final int MODE_AFI = 0x10;

    private final int code;

    IsoHostCommand(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The command for an ISO 15693 code, or null when the kiosk does not use it. */
    public static IsoHostCommand of(int code) {
        for (IsoHostCommand c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }
}
