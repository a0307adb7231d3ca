package org.pustaka.hardware.rfid.feig;

/**
 * FEIG reader status bytes and the sentence a technician reads for each. Codes 0x00-0x05, 0x83, 0x94 and
 * 0x95 are as in FEIG's published ID ISC manuals (status index annex); the ISO 15693 error codes that
 * follow status 0x95 are those of ISO/IEC 15693-3.
 */
public final class FeigStatus {
    public static final int OK = 0x00;
    public static final int NO_TRANSPONDER = 0x01;
    public static final int DATA_FALSE = 0x02;
    public static final int WRITE_ERROR = 0x03;
    public static final int ADDRESS_ERROR = 0x04;
    public static final int WRONG_TRANSPONDER_TYPE = 0x05;
    public static final int UNKNOWN_COMMAND = 0x80;
    public static final int LENGTH_ERROR = 0x81;
    public static final int COMMAND_NOT_AVAILABLE = 0x82;
    public static final int RF_COMMUNICATION_ERROR = 0x83;
    public static final int RF_WARNING = 0x84;
    public static final int MORE_DATA = 0x94;
    public static final int ISO_ERROR = 0x95;

    private FeigStatus() {
    }

    /** True for statuses caused by the air interface, where the same command may work a moment later. */
    public static boolean transientFault(int status) {
        return status == DATA_FALSE || status == RF_COMMUNICATION_ERROR || status == RF_WARNING;
    }

    /** A sentence for the technician; {@code data} is the response data (it carries the ISO error). */
    public static String describe(int status, byte[] data, String uid) {
        String tag = uid == null ? "The tag" : "Tag " + uid;
        return switch (status) {
            case NO_TRANSPONDER -> tag + " did not answer: it is not on the pad or was moved during the command.";
            case DATA_FALSE -> "The reader received a garbled answer from the tag; keep the book still and try again.";
            case WRITE_ERROR -> tag + " did not accept the write: it may be read-only or too far from the antenna.";
            case ADDRESS_ERROR -> tag + " has no memory at the requested block address.";
            case WRONG_TRANSPONDER_TYPE -> tag + " is of a type that does not support this command.";
            case UNKNOWN_COMMAND -> "The reader does not know the command: check that it runs in ISO-host mode.";
            case LENGTH_ERROR -> "The reader says the request had the wrong length; check the reader firmware.";
            case COMMAND_NOT_AVAILABLE ->
                    "The reader cannot run the command now: switch off scan mode in its settings.";
            case RF_COMMUNICATION_ERROR -> "The reader could not talk to the tags: check the antenna and nearby "
                    + "sources of interference.";
            case RF_WARNING -> "The reader reports an antenna warning: check the antenna cable and tuning.";
            case ISO_ERROR -> tag + " refused the command (ISO 15693 error "
                    + (data.length > 0 ? isoError(data[0] & 0xFF) : "without a code") + ").";
            default -> String.format("The reader reported status 0x%02X; see the reader manual.", status);
        };
    }

    static String isoError(int code) {
        String meaning = switch (code) {
            case 0x01 -> "command not supported";
            case 0x02 -> "command not recognized";
            case 0x03 -> "option not supported";
            case 0x0F -> "unknown error";
            case 0x10 -> "block not available";
            case 0x11 -> "block already locked";
            case 0x12 -> "block locked, cannot be changed";
            case 0x13 -> "block not programmed successfully";
            case 0x14 -> "block not locked successfully";
            default -> "vendor or reserved code";
        };
        return String.format("0x%02X, %s", code, meaning);
    }
}
