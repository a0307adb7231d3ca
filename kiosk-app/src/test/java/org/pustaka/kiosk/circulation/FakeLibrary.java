package org.pustaka.kiosk.circulation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.CirculationStatus;
import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibraryStatus;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.LibraryUnavailableException;
import org.pustaka.kiosk.library.Loan;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.library.PatronBlock;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.library.TransactionOptions;

/**
 * An in-memory library for circulation tests, with switches for going offline, answering busy and
 * losing answers. Its loan rules are those of the simulated SIP2 library ({@code org.pustaka.sip2.sim}), as real
 * servers behave: a checkout of an item the patron already has answers ok without a second loan; a
 * no-block checkout (an offline loan being replayed) is taken whatever the blocks, even over another
 * member's loan, which it moves; only an unknown item or patron is refused then; a return of an item
 * that is not on loan answers ok.
 */
final class FakeLibrary implements LibrarySystem {
    final Map<String, String> borrower = new HashMap<>();
    final Set<String> unknownItems = new java.util.HashSet<>();
    final Map<String, Integer> renewals = new HashMap<>();
    final Set<String> notForLoan = new java.util.HashSet<>(Set.of("30000107"));
    final Map<String, Set<PatronBlock>> blocks = new HashMap<>();
    final Map<String, Long> fines = new HashMap<>();
    /** Synchronized: a stack's library calls run beside its tag writes, which tests note in the same list. */
    /** Runs at the start of every checkout, on the thread that calls the library. */
    java.util.function.Consumer<String> beforeCheckout = itemId -> { };
    final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<TransactionOptions> optionsSeen = new ArrayList<>();
    String holdFor106 = "2024000321";
    boolean offline;
    /** Calls answered "busy" (HTTP 503) before any is served, with {@link #retryAfter} when set. */
    int busyAnswers;
    java.time.Instant retryAfter;
    /** Item numbers whose next call (any kind) finds the server busy once. */
    final Set<String> busyOnce = new java.util.HashSet<>();
    int loseAnswers;
    /** Whether item information says who has the item (as some systems do; SIP2 18 does not). */
    boolean namesBorrower;
    boolean refuseCheckins;

    @Override
    public PatronIdentity identify(PatronCredentials p) throws LibraryException {
        reachable();
        boolean valid = p.patronId().startsWith("2024");
        boolean pinOk = p.pinIfGiven().map(pin -> pin.equals("1234")).orElse(true);
        return new PatronIdentity(p.patronId(), "Visitor " + p.patronId(), valid, pinOk,
                blocks.getOrDefault(p.patronId(), Set.of()), Money.rupiah(fines.getOrDefault(p.patronId(), 0L)),
                List.of());
    }

    @Override
    public PatronAccount account(PatronCredentials p) throws LibraryException {
        PatronIdentity id = identify(p);
        List<Loan> loans = borrower.entrySet().stream().filter(e -> e.getValue().equals(p.patronId()))
                .map(e -> new Loan(e.getKey(), title(e.getKey()), due(), false)).sorted((a, b) ->
                        a.itemId().compareTo(b.itemId())).toList();
        return new PatronAccount(id, loans, List.of(), id.fines());
    }

    @Override
    public CheckoutResult checkout(PatronCredentials p, String itemId, TransactionOptions o) throws LibraryException {
        reachable();
        beforeCheckout.accept(itemId);
        calls.add("checkout " + itemId);
        optionsSeen.add(o);
        CheckoutResult r;
        if (unknownItems.contains(itemId) || !p.patronId().startsWith("2024")) {
            r = CheckoutResult.refused(itemId, "", Refusal.of(unknownItems.contains(itemId)
                    ? RefusalReason.ITEM_UNKNOWN : RefusalReason.UNKNOWN_PATRON));
        } else if (p.patronId().equals(borrower.get(itemId))) {
            r = CheckoutResult.accepted(itemId, title(itemId), due());
        } else if (!o.noBlock() && notForLoan.contains(itemId)) {
            r = CheckoutResult.refused(itemId, title(itemId), Refusal.of(RefusalReason.ITEM_NOT_FOR_LOAN));
        } else if (!o.noBlock() && borrower.containsKey(itemId)) {
            r = CheckoutResult.refused(itemId, title(itemId), Refusal.of(RefusalReason.ITEM_ALREADY_ON_LOAN));
        } else {
            borrower.put(itemId, p.patronId());
            r = CheckoutResult.accepted(itemId, title(itemId), due());
        }
        lose();
        return r;
    }

    @Override
    public CheckinResult checkin(String itemId, TransactionOptions o) throws LibraryException {
        reachable();
        calls.add("checkin " + itemId);
        optionsSeen.add(o);
        if (refuseCheckins) {
            return new CheckinResult(itemId, false, title(itemId), "", false, false,
                    Refusal.of(RefusalReason.OTHER), List.of());
        }
        if (borrower.remove(itemId) == null) {
            lose();
            return new CheckinResult(itemId, true, title(itemId), "", false, false, null, List.of("Not on loan."));
        }
        lose();
        boolean hold = itemId.equals("30000106") && holdFor106 != null;
        return new CheckinResult(itemId, true, title(itemId), itemId.equals("30000110") ? "B2" : "", hold, hold,
                null, List.of());
    }

    @Override
    public CheckoutResult renew(PatronCredentials p, String itemId, TransactionOptions o) throws LibraryException {
        reachable();
        calls.add("renew " + itemId);
        if (!p.patronId().equals(borrower.get(itemId))) {
            return CheckoutResult.refused(itemId, title(itemId), Refusal.of(RefusalReason.ITEM_NOT_ON_LOAN));
        }
        int n = renewals.merge(itemId, 1, Integer::sum);
        if (n > 2) {
            return CheckoutResult.refused(itemId, title(itemId), Refusal.of(RefusalReason.RENEWAL_LIMIT_REACHED));
        }
        return CheckoutResult.accepted(itemId, title(itemId), due().plusDays(14L * n));
    }

    @Override
    public List<CheckoutResult> renewAll(PatronCredentials p) throws LibraryException {
        throw new LibraryException("not used by circulation");
    }

    @Override
    public ItemInfo item(String itemId) throws LibraryException {
        reachable();
        if (busyOnce.remove(itemId)) {
            throw new LibraryUnavailableException("HTTP 503", null, false, true, retryAfter);
        }
        calls.add("item " + itemId);
        boolean out = borrower.containsKey(itemId);
        return new ItemInfo(itemId, true, out ? CirculationStatus.CHARGED : CirculationStatus.AVAILABLE,
                title(itemId), out ? due() : null, namesBorrower ? borrower.get(itemId) : null);
    }

    @Override
    public void endSession(PatronCredentials patron) {
    }

    @Override
    public LibraryStatus status() {
        return new LibraryStatus(!offline, offline ? -1 : 1, "");
    }

    long loansOf(String itemId) {
        return calls.stream().filter(c -> c.equals("checkout " + itemId)).count();
    }

    static String title(String itemId) {
        return "Title " + itemId;
    }

    static LocalDate due() {
        return LocalDate.of(2026, 12, 12);
    }

    private void reachable() throws LibraryUnavailableException {
        if (offline) {
            throw new LibraryUnavailableException("Connection refused", null);
        }
        if (busyAnswers > 0) {
            busyAnswers--;
            throw new LibraryUnavailableException("HTTP 503", null, false, true, retryAfter);
        }
    }

    private void lose() throws LibraryUnavailableException {
        if (loseAnswers > 0) {
            loseAnswers--;
            throw new LibraryUnavailableException("The answer was lost", null, true);
        }
    }

    static ZoneId zone() {
        return ZoneId.of("Asia/Jakarta");
    }
}
