package org.pustaka.sip2.sim;

import java.math.BigDecimal;

/** Amounts in the simulated library: whole rupiah, written as {@code 7500.00} on the wire. */
final class PatronAmounts {
    private PatronAmounts() {
    }

    static String format(long rupiah) {
        return rupiah + ".00";
    }

    /** The fee amount (BV) of a patron who owes {@code rupiah}: none (null) when nothing is owed. */
    static String owed(long rupiah) {
        return rupiah > 0 ? format(rupiah) : null;
    }

    static long parse(String amount) {
        try {
            return amount == null ? 0 : new BigDecimal(amount.trim()).longValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
