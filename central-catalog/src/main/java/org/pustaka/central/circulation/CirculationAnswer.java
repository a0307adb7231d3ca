package org.pustaka.central.circulation;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to one checkout, checkin or renewal.
 *
 * @param itemCode              the item as the request named it
 * @param ok                    done (or already done: see {@code alreadyOnLoanToMember})
 * @param title                 the title, when the item is known
 * @param dueDate               the due date after a loan or renewal, or of the open loan otherwise
 * @param memberId              the member the loan belongs to (for checkin: whose loan was closed)
 * @param refusal               why not, when {@code ok} is false
 * @param alreadyOnLoanToMember a checkout of an item the member already has: success, nothing changed
 * @param holdForAnother        a returned item that another member has reserved: it goes to the hold shelf
 * @param fineCharged           whole rupiah charged as an overdue fine by this step (0 if none)
 * @param renewals              how many times the loan has been renewed, after this step
 * @param messages              sentences for the visitor beyond the refusal (fine charged, hold shelf)
 */
public record CirculationAnswer(String itemCode, boolean ok, String title, LocalDate dueDate, String memberId,
                                Refusal refusal, boolean alreadyOnLoanToMember, boolean holdForAnother,
                                long fineCharged, int renewals, List<Sentence> messages) {
    public CirculationAnswer {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    public static CirculationAnswer refused(String itemCode, String title, Refusal refusal) {
        return new CirculationAnswer(itemCode, false, title, null, null, refusal, false, false, 0, 0, List.of());
    }
}
