package org.pustaka.catalog.api.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pustaka.catalog.api.AccountAnswer;
import org.pustaka.catalog.api.Amount;
import org.pustaka.catalog.api.CirculationAnswer;
import org.pustaka.catalog.api.CirculationRequest;
import org.pustaka.catalog.api.HoldEntry;
import org.pustaka.catalog.api.ItemAnswer;
import org.pustaka.catalog.api.LoanEntry;
import org.pustaka.catalog.api.PatronAnswer;
import org.pustaka.catalog.api.PatronRequest;
import org.pustaka.catalog.api.RenewAllAnswer;

/**
 * A small library system behind the circulation endpoints: patrons with PINs and blocks, items with
 * loans (14 days, two renewals), one item not for loan and one on hold for another patron. Refusals are
 * answered 422 with the {@code RefusalReason} name as code, as the API document says.
 */
final class SimCirculation {
    private static final Amount NO_FINES = new Amount(BigDecimal.ZERO, "IDR");
    private static final int LOAN_DAYS = 14;
    private static final int MAX_RENEWALS = 2;

    private record Patron(String id, String pin, String name, List<String> blocks) {
    }

    private static final class Item {
        final String id;
        final String title;
        final boolean notForLoan;
        final String onHoldFor;
        String borrower;
        LocalDate due;
        int renewals;

        Item(String id, String title, boolean notForLoan, String onHoldFor) {
            this.id = id;
            this.title = title;
            this.notForLoan = notForLoan;
            this.onHoldFor = onHoldFor;
        }
    }

    private final Map<String, Patron> patrons = new HashMap<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final ZoneId zone;

    SimCirculation(SimSeed seed) {
        this.zone = seed.zone;
        for (JsonNode p : seed.root.path("patrons")) {
            List<String> blocks = new ArrayList<>();
            p.path("blocks").forEach(b -> blocks.add(b.asText()));
            patrons.put(p.path("patronId").asText(), new Patron(p.path("patronId").asText(), p.path("pin").asText(),
                    p.path("name").asText(), blocks));
        }
        for (JsonNode i : seed.root.path("items")) {
            String hold = i.path("onHoldFor").asText("");
            items.put(i.path("itemId").asText(), new Item(i.path("itemId").asText(), i.path("title").asText(),
                    i.path("notForLoan").asBoolean(), hold.isEmpty() ? null : hold));
        }
    }

    synchronized SimAnswer authenticate(PatronRequest r) {
        SimAnswer refused = checkPatron(r.patronId(), r.pin());
        return refused != null ? refused : SimAnswer.ok(answer(patrons.get(r.patronId())));
    }

    synchronized SimAnswer account(PatronRequest r) {
        SimAnswer refused = checkPatron(r.patronId(), r.pin());
        if (refused != null) {
            return refused;
        }
        List<LoanEntry> loans = new ArrayList<>();
        List<HoldEntry> holds = new ArrayList<>();
        LocalDate today = LocalDate.now(zone);
        for (Item i : items.values()) {
            if (r.patronId().equals(i.borrower)) {
                loans.add(new LoanEntry(i.id, i.title, i.due, i.due.isBefore(today)));
            } else if (r.patronId().equals(i.onHoldFor) && i.borrower == null) {
                holds.add(new HoldEntry(i.id, i.title, today.plusDays(3)));
            }
        }
        return SimAnswer.ok(new AccountAnswer(answer(patrons.get(r.patronId())), loans, holds, NO_FINES));
    }

    synchronized SimAnswer checkout(CirculationRequest r) {
        SimAnswer refused = checkPatron(r.patronId(), r.pin());
        if (refused != null) {
            return refused;
        }
        Patron p = patrons.get(r.patronId());
        if (!r.noBlock() && p.blocks().contains("CARD_EXPIRED")) {
            return refusal("CARD_EXPIRED", "Kartu anggota sudah habis masa berlakunya.", "The library card has expired.");
        }
        Item i = items.get(r.itemId());
        if (i == null) {
            return unknownItem();
        }
        if (i.notForLoan) {
            return refusal("ITEM_NOT_FOR_LOAN", "Buku ini tidak dapat dipinjam.", "This item is not for loan.");
        }
        if (i.onHoldFor != null && !i.onHoldFor.equals(p.id())) {
            return refusal("ITEM_ON_HOLD_FOR_ANOTHER", "Buku ini dipesan anggota lain.", "On hold for another patron.");
        }
        if (i.borrower != null && !i.borrower.equals(p.id())) {
            return refusal("ITEM_ALREADY_ON_LOAN", "Buku ini sedang dipinjam.", "This item is on loan.");
        }
        i.borrower = p.id();
        i.due = r.transactionTime().atZone(zone).toLocalDate().plusDays(LOAN_DAYS);
        i.renewals = 0;
        return SimAnswer.ok(loanAnswer(i));
    }

    synchronized SimAnswer checkin(CirculationRequest r) {
        Item i = items.get(r.itemId());
        if (i == null) {
            return unknownItem();
        }
        boolean wasOnLoan = i.borrower != null;
        i.borrower = null;
        i.due = null;
        boolean hold = i.onHoldFor != null;
        return SimAnswer.ok(new CirculationAnswer(i.id, true, i.title, null, null, hold ? "HOLD" : "", false, hold, null,
                wasOnLoan ? List.of() : List.of("Buku ini tidak tercatat dipinjam.")));
    }

    synchronized SimAnswer renew(CirculationRequest r) {
        SimAnswer refused = checkPatron(r.patronId(), r.pin());
        return refused != null ? refused : renewOne(r.patronId(), items.get(r.itemId()), r.itemId());
    }

    synchronized SimAnswer renewAll(CirculationRequest r) {
        SimAnswer refused = checkPatron(r.patronId(), r.pin());
        if (refused != null) {
            return refused;
        }
        List<CirculationAnswer> results = new ArrayList<>();
        for (Item i : items.values()) {
            if (r.patronId().equals(i.borrower)) {
                SimAnswer one = renewOne(r.patronId(), i, i.id);
                results.add(one.body() instanceof CirculationAnswer ? (CirculationAnswer) one.body()
                        : new CirculationAnswer(i.id, false, i.title, i.due, null, "", false, false,
                                (org.pustaka.catalog.api.ApiError) one.body(), List.of()));
            }
        }
        return SimAnswer.ok(new RenewAllAnswer(results));
    }

    synchronized SimAnswer item(String itemId) {
        Item i = items.get(itemId);
        if (i == null) {
            return SimAnswer.error(404, "ITEM_UNKNOWN", "Buku tidak dikenal.", "Unknown item.");
        }
        String status = i.borrower != null ? "CHARGED" : i.onHoldFor != null ? "WAITING_ON_HOLD_SHELF" : "AVAILABLE";
        return SimAnswer.ok(new ItemAnswer(i.id, true, status, i.title, i.due));
    }

    synchronized boolean onLoanTo(String itemId, String patronId) {
        Item i = items.get(itemId);
        return i != null && patronId.equals(i.borrower);
    }

    private SimAnswer renewOne(String patronId, Item i, String itemId) {
        if (i == null) {
            return unknownItem();
        }
        if (!patronId.equals(i.borrower)) {
            return refusal("ITEM_NOT_ON_LOAN", "Buku ini tidak Anda pinjam.", "You do not have this item on loan.");
        }
        if (i.renewals >= MAX_RENEWALS) {
            return refusal("RENEWAL_LIMIT_REACHED", "Batas perpanjangan sudah tercapai.", "No renewals left.");
        }
        i.renewals++;
        i.due = i.due.plusDays(LOAN_DAYS);
        return SimAnswer.ok(loanAnswer(i));
    }

    private SimAnswer checkPatron(String patronId, String pin) {
        Patron p = patronId == null ? null : patrons.get(patronId);
        if (p == null) {
            return refusal("UNKNOWN_PATRON", "Kartu anggota tidak dikenal.", "Unknown library card.");
        }
        if (pin != null && !pin.equals(p.pin())) {
            return refusal("WRONG_PIN", "PIN salah.", "Wrong PIN.");
        }
        return null;
    }

    private static CirculationAnswer loanAnswer(Item i) {
        return new CirculationAnswer(i.id, true, i.title, i.due, true, "", false, false, null, List.of());
    }

    private static PatronAnswer answer(Patron p) {
        return new PatronAnswer(p.id(), p.name(), true, true, p.blocks(), NO_FINES, List.of());
    }

    private static SimAnswer unknownItem() {
        return refusal("ITEM_UNKNOWN", "Buku tidak dikenal.", "Unknown item.");
    }

    private static SimAnswer refusal(String code, String id, String en) {
        return SimAnswer.error(422, code, id, en);
    }
}
