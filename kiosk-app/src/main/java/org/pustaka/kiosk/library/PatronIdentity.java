package org.pustaka.kiosk.library;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pustaka.privacy.PatronMask;

/**
 * Who the library says the card belongs to. {@code valid} is false for unknown cards; {@code pinAccepted}
 * is true when no PIN was asked for or the PIN matched. {@code blocks} are what stops borrowing.
 */
public record PatronIdentity(String patronId, String name, boolean valid, boolean pinAccepted,
                             Set<PatronBlock> blocks, Money fines, List<String> screenMessages) {

    public PatronIdentity {
        Objects.requireNonNull(patronId, "patronId");
        name = name == null ? "" : name;
        blocks = Set.copyOf(blocks);
        fines = fines == null ? Money.ZERO : fines;
        screenMessages = List.copyOf(screenMessages);
    }

    /** Whether this visitor may borrow now. */
    public boolean mayBorrow() {
        return valid && pinAccepted && !blocks.contains(PatronBlock.CHARGE_PRIVILEGES_DENIED)
                && !blocks.contains(PatronBlock.CARD_REPORTED_LOST) && !blocks.contains(PatronBlock.CARD_EXPIRED);
    }

    @Override
    public String toString() {
        return "PatronIdentity[" + PatronMask.mask(patronId) + ", valid=" + valid + ", pinAccepted=" + pinAccepted
                + ", blocks=" + blocks + "]";
    }
}
