package org.pustaka.central.circulation;

/**
 * The answer to {@link CirculationDesk#authenticate}: the patron when the card is known (also with a wrong
 * PIN), and a refusal unless the card and PIN were both accepted. A blocked or expired card is accepted
 * here (its blocks are in the patron): whether it may borrow is checkout's business.
 */
public record PatronAnswer(Patron patron, Refusal refusal) {

    public boolean ok() {
        return refusal == null;
    }

    public static PatronAnswer accepted(Patron patron) {
        return new PatronAnswer(patron, null);
    }

    public static PatronAnswer refused(Patron patronOrNull, Refusal refusal) {
        return new PatronAnswer(patronOrNull, java.util.Objects.requireNonNull(refusal, "refusal"));
    }
}
