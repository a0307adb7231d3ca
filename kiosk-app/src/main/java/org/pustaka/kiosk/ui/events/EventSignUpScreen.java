package org.pustaka.kiosk.ui.events;

import java.awt.CardLayout;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JPanel;
import org.pustaka.kiosk.events.EventDesk;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.ui.AnswerPage;
import org.pustaka.kiosk.ui.Texts;

/**
 * The events screen: the list of upcoming events, one event with its sign-up, the answer (confirmed,
 * waiting list with the position, or pending while the network is down) with the ticket or waiting-list
 * slip to print, and for a member their sign-ups with cancellation (asked first). A member who is
 * already signed up for an event is shown that sign-up instead of making a second. Every desk call
 * runs on the worker; the event thread only renders.
 */
public final class EventSignUpScreen extends JPanel {
    private final EventDesk desk;
    private final Texts t;
    private final OffEdt offEdt;
    private final Supplier<Optional<String>> member;
    private final Consumer<RegistrationResult.Done> printTicket;
    private final CardLayout cards = new CardLayout();
    private final EventListPanel list;
    private final EventDetailPanel detail;
    private final MyRegistrationsPanel mine;
    private final AnswerPage page;
    private RegistrationResult.Done last;
    private Runnable recorded = () -> { };

    /**
     * @param member the identified member's number, empty for a guest
     * @param printTicket prints a ticket on the device executor; null when the kiosk has no paper
     * @param onExit back to the welcome screen
     */
    public EventSignUpScreen(EventDesk desk, Texts t, Executor worker, Supplier<Optional<String>> member,
                        Consumer<RegistrationResult.Done> printTicket, Runnable onExit) {
        this.desk = desk;
        this.t = t;
        this.offEdt = new OffEdt(worker);
        this.member = member;
        this.printTicket = printTicket;
        setName("events-screen");
        setBorder(javax.swing.BorderFactory.createEmptyBorder(12, 16, 12, 16));
        setLayout(cards);
        detail = new EventDetailPanel(t, this::signUp, () -> cards.show(this, "list"));
        list = new EventListPanel(t, e -> {
            detail.show(e, member.get());
            cards.show(this, "detail");
        }, this::openMine, onExit);
        mine = new MyRegistrationsPanel(t, this::cancel, this::open);
        page = new AnswerPage("event", 24f, t.get("events.print.waitlist"), this::print, t.get("booking.done"), this::open);
        add(list, "list");
        add(detail, "detail");
        add(mine, "mine");
        add(page, "result");
    }

    /** Runs on the event thread after each sign-up the desk took (confirmed, waiting list or pending). */
    public EventSignUpScreen onRecorded(Runnable action) {
        recorded = action;
        return this;
    }

    /** Shows the list, loading the events on the worker. */
    public void open() {
        cards.show(this, "list");
        offEdt.run(desk::upcoming, events -> list.setEvents(events, member.get().isPresent()));
    }

    /** A member's second tap on an event finds the sign-up they have; only then is a new one asked for. */
    private void signUp(SignUpRequest request) {
        Optional<String> who = member.get();
        offEdt.run(() -> {
            Optional<RegistrationResult.Done> existing = who.flatMap(id -> desk.registrationsOf(id).stream()
                    .filter(d -> d.event().id().equals(request.eventId()) && d.registration().status().isActive())
                    .findFirst());
            return existing.<Answer>map(d -> new Answer(d, true)).orElseGet(() -> new Answer(desk.signUp(request), false));
        }, a -> answered(a.result(), a.existing()));
    }

    private record Answer(RegistrationResult result, boolean existing) {
    }

    private void answered(RegistrationResult result, boolean existing) {
        if (result instanceof RegistrationResult.Refused r) {
            detail.showProblems(r.problems());
            return;
        }
        last = (RegistrationResult.Done) result;
        if (!existing) {
            recorded.run();
        }
        EventLines lines = new EventLines(t);
        LibraryEvent e = last.event();
        String text = (existing ? t.get("events.already") + "\n" : "") + e.title().in(t.language()) + "\n"
                + lines.when(e) + "\n" + lines.party(last.registration()) + "\n\n" + lines.status(last.registration());
        if (last.registration().status() == RegistrationStatus.PENDING) {
            text += "\n" + t.get(member.get().isPresent() ? "events.pending.explain" : "events.pending.explain.guest");
        }
        boolean waiting = last.registration().status() == RegistrationStatus.WAITLISTED;
        page.printText(t.get(waiting ? "events.print.waitlist" : "events.print"));
        page.show(text, printTicket != null && last.registration().status() != RegistrationStatus.CANCELLED);
        cards.show(this, "result");
    }

    private void print() {
        if (last != null && printTicket != null) {
            printTicket.accept(last);
            boolean waiting = last.registration().status() == RegistrationStatus.WAITLISTED;
            page.printed(t.get(waiting ? "events.take.waitlist" : "events.take"));
        }
    }

    private void openMine() {
        member.get().ifPresent(id -> offEdt.run(() -> desk.registrationsOf(id), found -> {
            mine.show(found);
            cards.show(this, "mine");
        }));
    }

    private void cancel(RegistrationResult.Done d) {
        member.get().ifPresent(id -> offEdt.run(() -> desk.cancel(d.registration().id(), id), result -> {
            if (result instanceof RegistrationResult.Refused r) {
                page.show(r.problems().get(0).message().in(t.language()), false);
                last = null;
                cards.show(this, "result");
            } else {
                openMine();
            }
        }));
    }
}
