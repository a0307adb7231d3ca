package org.pustaka.kiosk.ui.events;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.booking.Problem;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.events.SignUpRules;

/**
 * One event and its sign-up: the details on the left; on the right the party size (minus and plus) and
 * either the member's sign-up button or, for a guest, name and phone typed on the on-screen keyboard.
 * Problems come back as sentences under the form, marked with a sign as well as colour.
 */
final class EventDetailPanel extends JPanel {
    private final Texts t;
    private final EventLines lines;
    private final Consumer<SignUpRequest> onSignUp;
    private final JTextArea title = Widgets.paragraph("event-title");
    private final JTextArea when = Widgets.paragraph("event-when");
    private final JTextArea room = Widgets.paragraph("event-room");
    private final JTextArea audience = Widgets.paragraph("event-audience");
    private final JTextArea seats = Widgets.paragraph("event-seats");
    private final JTextArea description = Widgets.paragraph("event-description");
    private final JLabel party = Widgets.label("party-size", "1", 24f, true);
    private final JTextArea problems = Widgets.paragraph("event-problems");
    private final TouchKeyboard keyboard = new TouchKeyboard();
    private final JTextField name = Widgets.field("guest-name", keyboard, TouchKeyboard.Mode.NAME, 60);
    private final JTextField phone = Widgets.field("guest-phone", keyboard, TouchKeyboard.Mode.UPPER, 20);
    private final JPanel guestForm = new JPanel(new BorderLayout(4, 4));
    private final JButton signUp;
    private LibraryEvent event;
    private Optional<String> member = Optional.empty();
    private int partySize = 1;

    EventDetailPanel(Texts t, Consumer<SignUpRequest> onSignUp, Runnable onBack) {
        super(new BorderLayout(12, 8));
        this.t = t;
        this.lines = new EventLines(t);
        this.onSignUp = onSignUp;
        title.setFont(title.getFont().deriveFont(java.awt.Font.BOLD, 22f));
        seats.setFont(seats.getFont().deriveFont(java.awt.Font.BOLD));
        JPanel info = new JPanel();
        info.setLayout(new BoxLayout(info, BoxLayout.Y_AXIS));
        for (JTextArea c : List.of(title, when, room, audience, seats, description)) {
            c.setAlignmentX(LEFT_ALIGNMENT);
            info.add(c);
            info.add(javax.swing.Box.createVerticalStrut(6));
        }
        JPanel holder = new JPanel(new BorderLayout());
        holder.add(info, BorderLayout.NORTH);
        add(holder, BorderLayout.CENTER);

        JPanel form = new JPanel(new BorderLayout(4, 4));
        JPanel top = new JPanel(new GridLayout(0, 1, 4, 4));
        JPanel stepper = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        stepper.add(new JLabel(t.get("events.party")));
        stepper.add(Widgets.small("party-minus", "\u2212", () -> party(partySize - 1)));
        stepper.add(party);
        stepper.add(Widgets.small("party-plus", "+", () -> party(partySize + 1)));
        top.add(stepper);
        JPanel fields = new JPanel(new GridLayout(2, 2, 4, 4));
        fields.add(new JLabel(t.get("events.guest.name")));
        fields.add(name);
        fields.add(new JLabel(t.get("events.guest.phone")));
        fields.add(phone);
        guestForm.add(fields, BorderLayout.NORTH);
        guestForm.add(keyboard, BorderLayout.CENTER);
        form.add(top, BorderLayout.NORTH);
        form.add(guestForm, BorderLayout.CENTER);
        JPanel actions = new JPanel(new BorderLayout(4, 4));
        actions.add(problems, BorderLayout.NORTH);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.add(Widgets.button("event-back", t.get("booking.back"), onBack));
        signUp = Widgets.button("event-signup", t.get("events.signup"), this::submit);
        buttons.add(signUp);
        actions.add(buttons, BorderLayout.SOUTH);
        form.add(actions, BorderLayout.SOUTH);
        add(form, BorderLayout.EAST);
    }

    void show(LibraryEvent e, Optional<String> memberId) {
        this.event = e;
        this.member = memberId;
        title.setText(e.title().in(t.language()));
        when.setText(lines.when(e));
        room.setText(t.get("events.room", e.room()));
        audience.setText(lines.audience(e));
        seats.setText(lines.seats(e));
        description.setText(e.description().in(t.language()));
        name.setText("");
        phone.setText("");
        problems.setText("");
        party(1);
        guestForm.setVisible(memberId.isEmpty());
        keyboard.typeInto(name, TouchKeyboard.Mode.NAME, 60);
        signUp.setText(e.isFull() ? t.get("events.signup.waitlist") : t.get("events.signup"));
        signUp.setEnabled(true);
    }

    void showProblems(List<Problem> found) {
        problems.setText(found.stream().map(p -> "\u26A0 " + p.message().in(t.language())).collect(Collectors.joining("\n")));
        signUp.setEnabled(true);
    }

    private void party(int size) {
        partySize = Math.max(1, Math.min(size, Math.min(SignUpRules.MAX_PARTY, event == null ? 1 : event.capacity())));
        party.setText(Integer.toString(partySize));
    }

    private void submit() {
        Registrant who = member.<Registrant>map(Registrant.Member::new)
                .orElseGet(() -> new Registrant.Guest(name.getText(), phone.getText()));
        signUp.setEnabled(false);
        problems.setText(t.get("booking.wait"));
        onSignUp.accept(new SignUpRequest(event.id(), who, partySize, t.language()));
    }
}
