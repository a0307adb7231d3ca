package org.pustaka.kiosk.circulation;

import java.util.List;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.library.PatronCredentials;

/**
 * What the touchscreen (and the headless demo) asks of circulation. Every method blocks on the library
 * system and the reader: call from a worker thread, never the Swing event thread. A method returns an
 * outcome for each item whatever happened (library refusal, offline, tag not secured); it throws only
 * for {@link #account}, whose view has no offline fallback.
 */
public interface CirculationDesk {

    /** Checks a card and PIN with the library, or under the offline rules when it is unreachable. */
    IdentifyResult identify(PatronCredentials patron);

    PatronAccount account(PatronCredentials patron) throws LibraryException;

    /** Lends one item from the pad: library checkout, then security off, journaled. */
    ItemOutcome borrow(PatronCredentials patron, PadItem item);

    /** Takes one item back from the pad: library checkin, then security on, journaled. No login needed. */
    ItemOutcome giveBack(PadItem item);

    /**
     * Lends a stack of items laid on the pad together, one outcome per item in the same order. Each item
     * is journaled as {@link #borrow} journals it; the stack's tags are proven together.
     */
    default List<ItemOutcome> borrowAll(PatronCredentials patron, List<PadItem> items) {
        return items.stream().map(item -> borrow(patron, item)).toList();
    }

    /** Takes a stack of items back together, one outcome per item in the same order. */
    default List<ItemOutcome> giveBackAll(List<PadItem> items) {
        return items.stream().map(this::giveBack).toList();
    }

    /** Renews the given loans, or all loans when {@code itemIds} is empty. */
    List<ItemOutcome> renew(PatronCredentials patron, List<String> itemIds);

    /** Follows the pad: the listener hears the current items now and after every change. */
    void watchPad(PadListener listener);
}
