package org.pustaka.hardware.printer.escpos;

import java.util.EnumSet;
import java.util.Set;
import org.pustaka.hardware.api.PrinterStatus;

/**
 * Decodes the replies to {@code DLE EOT n} (n = 1 printer, 2 offline cause, 3 error cause, 4 paper roll
 * sensor). Pure functions: any input gives flags or a {@link MalformedStatusException}, nothing else.
 *
 * <p>Every reply byte has the same fixed bits: bit 0 and bit 7 clear, bit 1 and bit 4 set (mask 0x93,
 * value 0x12). A byte that breaks this is not a status reply (line noise, a printer echoing data, a
 * different command set), so it is refused rather than guessed at. The paper sensor reports each
 * condition in two bits; some printers set only one of them, so either bit counts.
 */
public final class EscPosStatus {
    public static final int DLE = 0x10;
    public static final int EOT = 0x04;
    /** The four queries in the order {@link #decode(byte[])} expects their replies. */
    public static final int[] QUERIES = {1, 2, 3, 4};

    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_VALUE = 0x12;

    private EscPosStatus() {
    }

    /** The three bytes that ask for status {@code n}. */
    public static byte[] query(int n) {
        checkQuery(n);
        return new byte[] {DLE, EOT, (byte) n};
    }

    /** The flags in the reply {@code reply} (0-255, or a signed byte) to query {@code n}. */
    public static Set<StatusFlag> flags(int n, int reply) throws MalformedStatusException {
        if (n < 1 || n > 4) {
            throw new MalformedStatusException("There is no status query " + n + "; ESC/POS defines 1 to 4.");
        }
        int b = reply & 0xFF;
        if ((b & FIXED_MASK) != FIXED_VALUE) {
            throw new MalformedStatusException(String.format(
                    "The printer answered 0x%02X to status query %d, which is not a status byte. "
                            + "Check that the printer speaks ESC/POS and that printer.bidirectional is right.", b, n));
        }
        EnumSet<StatusFlag> out = EnumSet.noneOf(StatusFlag.class);
        switch (n) {
            case 1 -> {
                set(out, b, 3, StatusFlag.OFFLINE);
                set(out, b, 5, StatusFlag.WAITING_FOR_RECOVERY);
            }
            case 2 -> {
                set(out, b, 2, StatusFlag.COVER_OPEN);
                set(out, b, 3, StatusFlag.FEED_BUTTON);
                set(out, b, 5, StatusFlag.STOPPED_BY_PAPER_END);
                set(out, b, 6, StatusFlag.ERROR_OCCURRED);
            }
            case 3 -> {
                set(out, b, 2, StatusFlag.MECHANICAL_ERROR);
                set(out, b, 3, StatusFlag.CUTTER_ERROR);
                set(out, b, 5, StatusFlag.UNRECOVERABLE_ERROR);
                set(out, b, 6, StatusFlag.AUTO_RECOVERABLE_ERROR);
            }
            default -> {
                if ((b & 0x0C) != 0) {
                    out.add(StatusFlag.PAPER_NEAR_END);
                }
                if ((b & 0x60) != 0) {
                    out.add(StatusFlag.PAPER_OUT);
                }
            }
        }
        return out;
    }

    /** The status from the four replies to queries 1, 2, 3 and 4, in that order. */
    public static PrinterStatus decode(byte[] replies) throws MalformedStatusException {
        if (replies == null || replies.length != QUERIES.length) {
            throw new MalformedStatusException("Expected " + QUERIES.length + " status replies, got "
                    + (replies == null ? 0 : replies.length) + ".");
        }
        EnumSet<StatusFlag> all = EnumSet.noneOf(StatusFlag.class);
        for (int i = 0; i < QUERIES.length; i++) {
            all.addAll(flags(QUERIES[i], replies[i]));
        }
        return toStatus(all);
    }

    /** The kiosk's view of a set of flags. */
    public static PrinterStatus toStatus(Set<StatusFlag> f) {
        boolean paperOut = f.contains(StatusFlag.PAPER_OUT) || f.contains(StatusFlag.STOPPED_BY_PAPER_END);
        boolean error = f.contains(StatusFlag.ERROR_OCCURRED) || f.contains(StatusFlag.MECHANICAL_ERROR)
                || f.contains(StatusFlag.CUTTER_ERROR) || f.contains(StatusFlag.UNRECOVERABLE_ERROR)
                || f.contains(StatusFlag.AUTO_RECOVERABLE_ERROR);
        return new PrinterStatus(!f.contains(StatusFlag.OFFLINE), f.contains(StatusFlag.PAPER_NEAR_END) || paperOut,
                paperOut, f.contains(StatusFlag.COVER_OPEN), error, true);
    }

    private static void set(Set<StatusFlag> out, int b, int bit, StatusFlag flag) {
        if ((b & (1 << bit)) != 0) {
            out.add(flag);
        }
    }

    private static void checkQuery(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("status query must be 1 to 4, got " + n);
        }
    }
}
