package org.pustaka.kiosk.library.sip2;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronBlock;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.sip2.PatronInformationResponse;
import org.pustaka.sip2.PatronStatusFlag;

/**
 * Turns a patron information response into the kiosk's {@link PatronIdentity}. The fourteen SIP2
 * status flags map one to one onto {@link PatronBlock}; an expired card has no flag in SIP2 2.00 and is
 * recognised from the screen message. A blank PIN is never accepted, whatever the server says: several
 * servers answer "valid password" to an empty one.
 */
final class PatronMapping {
    private PatronMapping() {
    }

    static PatronIdentity identity(String patronId, String pin, PatronInformationResponse r) {
        boolean valid = r.validPatron() == null ? r.personalName() != null && !r.personalName().isBlank()
                : r.validPatron();
        boolean pinAccepted;
        if (pin == null) {
            pinAccepted = true;
        } else if (pin.isBlank()) {
            pinAccepted = false;
        } else {
            pinAccepted = Boolean.TRUE.equals(r.validPassword());
        }
        Set<PatronBlock> blocks = blocks(r.patronStatus());
        if (RefusalClassifier.classify(r.screenMessages(), RefusalClassifier.Operation.PATRON)
                == RefusalReason.CARD_EXPIRED) {
            blocks.add(PatronBlock.CARD_EXPIRED);
        }
        return new PatronIdentity(patronId, r.personalName(), valid, pinAccepted, blocks,
                money(r.feeAmount(), r.currency()), r.screenMessages());
    }

    /** By name: the first fourteen blocks are the SIP2 flags, so no second table has to be kept in step. */
    static Set<PatronBlock> blocks(Set<PatronStatusFlag> flags) {
        Set<PatronBlock> blocks = EnumSet.noneOf(PatronBlock.class);
        for (PatronStatusFlag f : flags) {
            blocks.add(PatronBlock.valueOf(f.name()));
        }
        return blocks;
    }

    /**
     * An amount as servers write it: {@code 7500.00}, {@code 7500}, or with Indonesian thousands dots
     * ({@code 7.500} or {@code 7.500,00}). Unreadable amounts count as zero rather than fail the visit.
     */
    static Money money(String amount, String currency) {
        if (amount == null || amount.isBlank()) {
            return new Money(BigDecimal.ZERO, currency);
        }
        String a = amount.trim().replace(" ", "");
        if (a.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            a = a.replace(".", "").replace(',', '.');
        } else if (a.matches("-?\\d+,\\d{1,2}")) {
            a = a.replace(',', '.');
        }
        try {
            return new Money(new BigDecimal(a), currency);
        } catch (NumberFormatException e) {
            return new Money(BigDecimal.ZERO, currency);
        }
    }

}
