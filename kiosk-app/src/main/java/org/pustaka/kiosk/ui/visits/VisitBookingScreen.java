package org.pustaka.kiosk.ui.visits;

import java.awt.CardLayout;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.JPanel;
import org.pustaka.kiosk.ui.AnswerPage;
import org.pustaka.kiosk.ui.Texts;
import org.pustaka.kiosk.ui.events.OffEdt;
import org.pustaka.kiosk.visits.BookingResult;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitDesk;
import org.pustaka.kiosk.visits.VisitRequest;

/**
 * The school-visit screen (Kunjungan Sekolah): free slots, the booking form, the confirmation code with
 * the slip to print (or "pending" while the network is down), and look-up by code, which also shows
 * the slots offered when the central catalog gave a pending booking's slot to another school. Every desk
 * call runs on the worker; the event thread only renders.
 */
public final class VisitBookingScreen extends JPanel {
    private final VisitDesk desk;
    private final Texts t;
    private final OffEdt offEdt;
    private final Consumer<VisitBooking> printSlip;
    private final CardLayout cards = new CardLayout();
    private final SlotListPanel slots;
    private final VisitFormPanel form;
    private final LookUpPanel lookUp;
    private final AnswerPage done;
    private VisitBooking last;
    private Runnable recorded = () -> { };

    /** @param printSlip prints a slip on the device executor; null when the kiosk has no paper */
    public VisitBookingScreen(VisitDesk desk, Texts t, Executor worker, Consumer<VisitBooking> printSlip, Runnable onExit) {
        this.desk = desk;
        this.t = t;
        this.offEdt = new OffEdt(worker);
        this.printSlip = printSlip;
        setName("school-visit-screen");
        setBorder(javax.swing.BorderFactory.createEmptyBorder(12, 16, 12, 16));
        setLayout(cards);
        form = new VisitFormPanel(t, this::book, this::open);
        lookUp = new LookUpPanel(t, this::search, this::open);
        slots = new SlotListPanel(t, s -> {
            form.show(s);
            cards.show(this, "form");
        }, () -> {
            lookUp.reset();
            cards.show(this, "lookup");
        }, onExit);
        done = new AnswerPage("visit", 22f, t.get("visits.print"), this::print, t.get("booking.done"), this::open);
        add(slots, "slots");
        add(form, "form");
        add(done, "done");
        add(lookUp, "lookup");
    }

    /** Runs on the event thread after each booking the desk took (confirmed or pending). */
    public VisitBookingScreen onRecorded(Runnable action) {
        recorded = action;
        return this;
    }

    /** Shows the free slots, loading them on the worker. */
    public void open() {
        cards.show(this, "slots");
        offEdt.run(desk::freeSlots, slots::setSlots);
    }

    private void book(VisitRequest request) {
        offEdt.run(() -> desk.book(request), result -> {
            if (result instanceof BookingResult.Refused r) {
                form.showProblems(r.problems());
                return;
            }
            last = ((BookingResult.Booked) result).booking();
            recorded.run();
            String text = new BookingLines(t).describe(last);
            if (last.status() == BookingStatus.PENDING) {
                text += "\n\n" + t.get("visits.pending.explain");
            }
            done.show(text, printSlip != null);
            cards.show(this, "done");
        });
    }

    private void print() {
        if (last != null && printSlip != null) {
            printSlip.accept(last);
            done.printed(t.get("visits.take"));
        }
    }

    private void search(String code) {
        offEdt.run(() -> desk.lookUp(code), found -> lookUp.show(found.map(new BookingLines(t)::describe)
                .orElse(t.get("visits.notFound"))));
    }
}
