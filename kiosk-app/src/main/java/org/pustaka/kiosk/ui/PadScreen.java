package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.session.SessionEvent;

/**
 * Borrowing and returning: items appear on the list as they are laid on the pad, each handled once on
 * the circulation thread, then shown with what happened. An item with a part missing waits until all
 * its parts are on the pad; an unreadable tag is sent to staff. Items stay on the list after they are
 * taken off, so the visitor can read the due dates; the newest is on top, where the list opens.
 * Books left on the pad are never acted on unasked: a previous visitor's books wait until they are
 * lifted and laid down again, and a book borrowed (or returned) earlier in this visit is returned (or
 * borrowed) again only after the visitor confirms.
 */
abstract class PadScreen extends Screen {

    /**
     * Why an item on the pad waits instead of being handled: a previous visitor left it there, it was
     * dealt with the other way earlier in this visit (asked first), or it was never on loan.
     */
    enum Hold { NONE, LEFT_OVER, CONFIRM, NOT_ON_LOAN }

    private record Row(String itemId, ItemOutcome outcome, int partsMissingOf, boolean unreadable, Hold hold,
                       PadItem item) {
        static Row of(String itemId) {
            return new Row(itemId, null, 0, false, Hold.NONE, null);
        }

        boolean waiting() {
            return partsMissingOf > 0 || hold != Hold.NONE;
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private String cardSentence;

    PadScreen(KioskContext kiosk) {
        super(kiosk);
    }

    abstract VisitLine.Kind kind();

    /**
     * The circulation call for complete items laid down together, one outcome per item in order; runs on
     * the circulation thread, so it gets the visitor's credentials (read on the event thread) rather
     * than the visit itself.
     */
    abstract List<ItemOutcome> act(List<PadItem> items, PatronCredentials credentials);

    @Override
    void opened() {
        padChanged(kiosk.pad());
    }

    @Override
    void padChanged(List<PadItem> items) {
        Map<String, PadItem> arrivals = new LinkedHashMap<>();
        Set<String> present = new HashSet<>();
        for (PadItem item : items) {
            String key = item.readable() ? item.itemId() : "tag:" + String.join(",", item.tagUids());
            present.add(key);
            Row row = rows.get(key);
            if (!item.readable()) {
                if (row == null) {
                    rows.put(key, new Row("", null, 0, true, Hold.NONE, null));
                    kiosk.cue(BuzzerCue.REFUSE, LightPattern.ATTENTION);
                }
            } else if (!item.complete()) {
                if (row == null || row.partsMissingOf() > 0) {
                    rows.put(key, new Row(item.itemId(), null, item.partsInItem(), false, Hold.NONE, null));
                }
            } else if (row == null || row.partsMissingOf() > 0) {
                arrived(key, item, arrivals);
            }
        }
        if (!arrivals.isEmpty()) {
            handle(arrivals);
        }
        // an item taken away while it waits (for its parts, or to be asked about) is no longer on the list
        rows.entrySet().removeIf(e -> e.getValue().waiting() && !present.contains(e.getKey()));
        refresh();
    }

    /**
     * A complete item is on the pad: handle it (with the others laid down with it, in {@code arrivals}), or
     * hold it when handling it now could surprise the visitor.
     */
    private void arrived(String key, PadItem item, Map<String, PadItem> arrivals) {
        Hold hold = hold(item.itemId());
        if (hold != Hold.NONE) {
            rows.put(key, new Row(item.itemId(), null, 0, false, hold, item));
            kiosk.cue(null, LightPattern.ATTENTION);
            return;
        }
        VisitLine earlier = kiosk.visit().last(item.itemId()).orElse(null);
        if (earlier != null && earlier.kind() == kind() && earlier.outcome().succeeded()) {
            // already done in this visit (the visitor came back to this screen): say so, do not do it twice
            rows.put(key, new Row(item.itemId(), earlier.outcome(), 0, false, Hold.NONE, item));
            return;
        }
        rows.put(key, Row.of(item.itemId()));
        arrivals.put(key, item);
    }

    private Hold hold(String itemId) {
        if (kiosk.leftOnPad().contains(itemId)) {
            return Hold.LEFT_OVER;
        }
        VisitLine earlier = kiosk.visit().last(itemId).orElse(null);
        if (earlier == null || earlier.kind() == kind() || earlier.kind() == VisitLine.Kind.RENEW) {
            return Hold.NONE;
        }
        if (kind() == VisitLine.Kind.RETURN && earlier.outcome().result() == ItemOutcome.Result.REFUSED
                && earlier.outcome().refusal() != null
                && earlier.outcome().refusal().reason() == RefusalReason.ITEM_NOT_FOR_LOAN) {
            return Hold.NOT_ON_LOAN;
        }
        return earlier.outcome().succeeded() ? Hold.CONFIRM : Hold.NONE;
    }

    /** The visitor confirmed a held item: handle it now. */
    private void confirm(String key) {
        Row row = rows.get(key);
        if (row != null && row.item() != null) {
            kiosk.cue(BuzzerCue.KEY, null);
            rows.put(key, Row.of(row.itemId()));
            handle(Map.of(key, row.item()));
            refresh();
        }
    }

    /** A library card here (on the pad, at the scanner) is not an item: a short sentence, nothing else. */
    @Override
    boolean cardPresented(String cardNumber) {
        cardSentence = "pad.cardNotBook";
        refresh();
        return true;
    }

    @Override
    boolean cardProblem(org.pustaka.hardware.api.CardProblem.Kind kind) {
        cardSentence = "card.problem." + kind.name();
        refresh();
        return true;
    }

    /** Items laid down together go to circulation as one stack; each row then shows its own outcome. */
    private void handle(Map<String, PadItem> stack) {
        kiosk.cue(null, LightPattern.BUSY);
        PatronCredentials credentials = kiosk.visit().credentials();
        List<String> keys = List.copyOf(stack.keySet());
        List<PadItem> items = List.copyOf(stack.values());
        circulation(() -> act(items, credentials), outcomes -> {
            boolean allDone = true;
            for (int i = 0; i < keys.size(); i++) {
                ItemOutcome outcome = outcomes.get(i);
                rows.put(keys.get(i), new Row(items.get(i).itemId(), outcome, 0, false, Hold.NONE, items.get(i)));
                kiosk.visit().add(new VisitLine(kind(), outcome));
                if (outcome.succeeded()) {
                    kiosk.fire(new SessionEvent.TransactionRecorded());
                }
                allDone &= outcome.succeeded() && outcome.instruction() == ItemOutcome.Instruction.NONE;
            }
            boolean anyRefused = outcomes.stream().anyMatch(o -> !o.succeeded());
            kiosk.cue(anyRefused ? BuzzerCue.REFUSE : BuzzerCue.ACCEPT,
                    allDone ? LightPattern.READY : LightPattern.ATTENTION);
            refresh();
        }, e -> {
            for (int i = 0; i < keys.size(); i++) {
                rows.put(keys.get(i), new Row(items.get(i).itemId(), new ItemOutcome(items.get(i).itemId(), "",
                        ItemOutcome.Result.SEE_STAFF, null, null, ItemOutcome.Instruction.STAFF, null), 0, false,
                        Hold.NONE, items.get(i)));
            }
            kiosk.cue(BuzzerCue.REFUSE, LightPattern.ATTENTION);
            refresh();
        });
    }

    @Override
    JComponent build(Texts t) {
        int gap = Touch.gap();
        JPanel root = Touch.screenRoot(gap, gap);
        JPanel heading = heading(id(), t.get(id() + ".title"), t.get(id() + ".prompt"));
        if (cardSentence != null) {
            heading.add(Touch.para(id() + ".cardMessage", t.get(cardSentence), "body", 900,
                    KioskTheme.color("Kiosk.refused.foreground")), BorderLayout.SOUTH);
        }
        root.add(heading, BorderLayout.NORTH);

        List<JComponent> views = new ArrayList<>();
        List<Row> newestFirst = new ArrayList<>(rows.values());
        java.util.Collections.reverse(newestFirst);
        int i = 0;
        for (Row r : newestFirst) {
            String key = r.unreadable() ? null : r.itemId();
            views.add(view(t, r, id() + ".item." + (r.unreadable() ? "unreadable" + i : r.itemId()), key));
            i++;
        }
        root.add(ItemRow.list(id() + ".list", views, t.get("pad.empty")), BorderLayout.CENTER);

        JPanel bottom = Touch.panel(new BorderLayout(gap, 0));
        if (rows.values().stream().anyMatch(r -> r.outcome() != null && r.outcome().succeeded())) {
            bottom.add(Touch.para(id() + ".takeAway", t.get(id() + ".takeAway"), "body", 640), BorderLayout.CENTER);
        }
        bottom.add(Touch.button(id() + ".done", t.get("done"), "primary", () -> kiosk.fire(new SessionEvent.ActivityDone())),
                BorderLayout.EAST);
        root.add(bottom, BorderLayout.SOUTH);
        return root;
    }

    private JComponent view(Texts t, Row r, String name, String key) {
        // a held item has no answer of its own yet: its title comes from what this visit already did with it
        String known = kiosk.visit().last(r.itemId()).map(l -> l.outcome().title()).orElse("");
        switch (r.hold()) {
            case LEFT_OVER -> {
                return ItemRow.row(name, ItemRow.Tone.ATTENTION, ItemTexts.title(t, r.itemId(), ""),
                        t.get(id() + ".leftOver"));
            }
            case NOT_ON_LOAN -> {
                return ItemRow.row(name, ItemRow.Tone.PLAIN, ItemTexts.title(t, r.itemId(), known), t.get("return.notOnLoan"));
            }
            case CONFIRM -> {
                return ItemRow.withAction(ItemRow.row(name, ItemRow.Tone.ATTENTION, ItemTexts.title(t, r.itemId(), known),
                        t.get(id() + ".confirm"), 520), Touch.button(name + ".confirm", t.get(id() + ".confirm.yes"),
                        "secondary", () -> confirm(key)));
            }
            case NONE -> {
            }
        }
        if (r.unreadable()) {
            return ItemRow.row(name, ItemRow.Tone.ATTENTION, t.get("item.unreadable.title"), t.get("item.unreadable"));
        }
        if (r.partsMissingOf() > 0) {
            return ItemRow.row(name, ItemRow.Tone.ATTENTION, ItemTexts.title(t, r.itemId(), ""),
                    t.get("item.partsMissing", r.partsMissingOf()));
        }
        if (r.outcome() == null) {
            return ItemRow.row(name, ItemRow.Tone.WORKING, ItemTexts.title(t, r.itemId(), ""), t.get("item.working"));
        }
        ItemOutcome o = r.outcome();
        return ItemRow.row(name, ItemRow.tone(o), ItemTexts.title(t, o.itemId(), o.title()),
                ItemTexts.result(t, new VisitLine(kind(), o)));
    }
}
