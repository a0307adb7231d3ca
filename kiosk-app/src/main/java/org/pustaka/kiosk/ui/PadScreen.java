package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
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
import org.pustaka.kiosk.session.SessionEvent;

/**
 * Borrowing and returning: items appear on the list as they are laid on the pad, each handled once on
 * the circulation thread, then shown with what happened. An item with a part missing waits until all
 * its parts are on the pad; an unreadable tag is sent to staff. Items stay on the list after they are
 * taken off, so the visitor can read the due dates.
 */
abstract class PadScreen extends Screen {

    private record Row(String itemId, ItemOutcome outcome, int partsMissingOf, boolean unreadable) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private String cardSentence;

    PadScreen(KioskContext kiosk) {
        super(kiosk);
    }

    abstract VisitLine.Kind kind();

    /**
     * The circulation call for one complete item; runs on the circulation thread, so it gets the
     * visitor's credentials (read on the event thread) rather than the visit itself.
     */
    abstract ItemOutcome act(PadItem item, PatronCredentials credentials);

    @Override
    void opened() {
        padChanged(kiosk.pad());
    }

    @Override
    void padChanged(List<PadItem> items) {
        Set<String> present = new HashSet<>();
        for (PadItem item : items) {
            String key = item.readable() ? item.itemId() : "tag:" + String.join(",", item.tagUids());
            present.add(key);
            Row row = rows.get(key);
            if (!item.readable()) {
                if (row == null) {
                    rows.put(key, new Row("", null, 0, true));
                    kiosk.cue(BuzzerCue.REFUSE, LightPattern.ATTENTION);
                }
            } else if (!item.complete()) {
                if (row == null || row.partsMissingOf() > 0) {
                    rows.put(key, new Row(item.itemId(), null, item.partsInItem(), false));
                }
            } else if (row == null || row.partsMissingOf() > 0) {
                rows.put(key, new Row(item.itemId(), null, 0, false));
                handle(key, item);
            }
        }
        // an incomplete item taken away again is no longer waiting for its parts
        rows.entrySet().removeIf(e -> e.getValue().partsMissingOf() > 0 && !present.contains(e.getKey()));
        refresh();
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

    private void handle(String key, PadItem item) {
        kiosk.cue(null, LightPattern.BUSY);
        PatronCredentials credentials = kiosk.visit().credentials();
        circulation(() -> act(item, credentials), outcome -> {
            rows.put(key, new Row(item.itemId(), outcome, 0, false));
            kiosk.visit().add(new VisitLine(kind(), outcome));
            if (outcome.succeeded()) {
                kiosk.fire(new SessionEvent.TransactionRecorded());
                kiosk.cue(BuzzerCue.ACCEPT, outcome.instruction() == ItemOutcome.Instruction.NONE
                        ? LightPattern.READY : LightPattern.ATTENTION);
            } else {
                kiosk.cue(BuzzerCue.REFUSE, LightPattern.ATTENTION);
            }
            refresh();
        }, e -> {
            rows.put(key, new Row(item.itemId(), new ItemOutcome(item.itemId(), "", ItemOutcome.Result.SEE_STAFF,
                    null, null, ItemOutcome.Instruction.STAFF, null), 0, false));
            kiosk.cue(BuzzerCue.REFUSE, LightPattern.ATTENTION);
            refresh();
        });
    }

    @Override
    JComponent build(Texts t) {
        int gap = Touch.gap();
        JPanel root = Touch.screenRoot(gap, gap);
        JPanel heading = Touch.panel(new BorderLayout());
        heading.add(Touch.text(id() + ".title", t.get(id() + ".title"), "title"), BorderLayout.NORTH);
        heading.add(Touch.para(id() + ".prompt", t.get(id() + ".prompt"), "subtitle", 900), BorderLayout.CENTER);
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
            views.add(view(t, r, id() + ".item." + (r.unreadable() ? "unreadable" + i : r.itemId())));
            i++;
        }
        root.add(ItemRow.list(id() + ".list", views, t.get("pad.empty")), BorderLayout.CENTER);

        JPanel bottom = Touch.panel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        bottom.add(Touch.button(id() + ".done", t.get("done"), "primary", () -> kiosk.fire(new SessionEvent.ActivityDone())));
        root.add(bottom, BorderLayout.SOUTH);
        return root;
    }

    private JComponent view(Texts t, Row r, String name) {
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
