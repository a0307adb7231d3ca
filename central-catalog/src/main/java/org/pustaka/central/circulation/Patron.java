package org.pustaka.central.circulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A member as circulation sees them. {@code valid} is false when the card may not borrow now; {@code blocks}
 * says why ({@link RefusalCode#CARD_EXPIRED}, {@link RefusalCode#PATRON_BLOCKED}). Fines are whole rupiah
 * still owed (debit above credit).
 */
public record Patron(String memberId, String name, String memberType, LocalDate expires, boolean valid,
                     boolean pinAccepted, List<RefusalCode> blocks, long unpaidFines, String currency) {
    public Patron {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(name, "name");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(currency, "currency");
    }
}
