package org.pustaka.kiosk.circulation;

import java.time.LocalDate;
import java.util.Objects;
import org.pustaka.kiosk.library.Refusal;

/**
 * What happened to one item in a borrow, return or renewal, as the visitor must be told: done (with the
 * due date for loans), done offline (recorded, sent later), refused (with the reason, security left on),
 * or see staff (the library and the tag could not be brought to agree; the item is flagged).
 * {@code instruction} is set for returns that need the visitor to do something ({@code HOLD_SHELF},
 * {@code SORT_BIN} with {@code sortBin}, {@code STAFF}).
 */
public record ItemOutcome(String itemId, String title, Result result, LocalDate dueDate, Refusal refusal,
                          Instruction instruction, String sortBin) {

    public enum Result { DONE, DONE_OFFLINE, REFUSED, SEE_STAFF }

    public enum Instruction { NONE, HOLD_SHELF, SORT_BIN, STAFF }

    public ItemOutcome {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(result, "result");
        title = title == null ? "" : title;
        instruction = instruction == null ? Instruction.NONE : instruction;
        sortBin = sortBin == null ? "" : sortBin;
    }

    public boolean succeeded() {
        return result == Result.DONE || result == Result.DONE_OFFLINE;
    }
}
