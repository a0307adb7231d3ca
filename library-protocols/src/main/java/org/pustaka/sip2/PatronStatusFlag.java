package org.pustaka.sip2;

import java.util.EnumSet;
import java.util.Set;

/** The fourteen positions of the SIP2 patron status field, in wire order; a {@code Y} sets the flag. */
public enum PatronStatusFlag {
    CHARGE_PRIVILEGES_DENIED,
    RENEWAL_PRIVILEGES_DENIED,
    RECALL_PRIVILEGES_DENIED,
    HOLD_PRIVILEGES_DENIED,
    CARD_REPORTED_LOST,
    TOO_MANY_ITEMS_CHARGED,
    TOO_MANY_ITEMS_OVERDUE,
    TOO_MANY_RENEWALS,
    TOO_MANY_CLAIMS_OF_ITEMS_RETURNED,
    TOO_MANY_ITEMS_LOST,
    EXCESSIVE_OUTSTANDING_FINES,
    EXCESSIVE_OUTSTANDING_FEES,
    RECALL_OVERDUE,
    TOO_MANY_ITEMS_BILLED;

    public static final int WIDTH = 14;

    /** Reads the 14 characters; {@code Y} (any case) sets a flag, spaces and {@code N} do not. */
    public static Set<PatronStatusFlag> parse(String field) {
        EnumSet<PatronStatusFlag> flags = EnumSet.noneOf(PatronStatusFlag.class);
        for (PatronStatusFlag f : values()) {
            if (f.ordinal() < field.length() && Character.toUpperCase(field.charAt(f.ordinal())) == 'Y') {
                flags.add(f);
            }
        }
        return flags;
    }

    public static String format(Set<PatronStatusFlag> flags) {
        StringBuilder sb = new StringBuilder(WIDTH);
        for (PatronStatusFlag f : values()) {
            sb.append(flags.contains(f) ? 'Y' : ' ');
        }
        return sb.toString();
    }
}
