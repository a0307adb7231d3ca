package org.pustaka.kiosk.ui.events;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagLayout;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.pustaka.kiosk.booking.Problem;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.events.SignUpRules;
import org.pustaka.kiosk.ui.Texts;
import org.pustaka.kiosk.ui.Touch;
import org.pustaka.kiosk.ui.TouchKeyboard;

/**
 * One event and its sign-up: the details, the party size (minus and plus, its limit said when it is
 * reached) and the buttons on the left; for a guest, name and phone typed on the on-screen keyboard on
 * the right. The desk's sentences about the form appear under it once a field has been left, and go
 * when it is right, in a box of fixed height, marked with a sign as well as colour.
 */
final class EventDetailPanel extends JPanel {
    private final Texts t;
    private final EventLines lines;
    private final Consumer<SignUpRequest> onSignUp;
    private final JTextArea title = Touch.paragraph("event-title");
    private final JTextArea when = Touch.paragraph("event-when");
    private final JTextArea room = Touch.paragraph("event-room");
    private final JTextArea audience = Touch.paragraph("event-audience");
    private final JTextArea seats = Touch.paragraph("event-seats");
    private final JTextArea description = Touch.paragraph("event-description");
    private final JLabel party = Touch.label("party-size", "1", 24f, true);
    private final TouchKeyboard keyboard = new TouchKeyboard();
    private final JTextField name = Touch.field("guest-name", keyboard, TouchKeyboard.Mode.NAME, 60);
    private final JTextField phone = Touch.field("guest-phone", keyboard, TouchKeyboard.Mode.UPPER, 20);
    private final JPanel guestForm = new JPanel(new BorderLayout(4, 4));
    private final FormChecks checks;
    private final JButton signUp;
    private LibraryEvent event;
    private Optional<String> member = Optional.empty();
    private int partySize = 1;

    EventDetailPanel(Texts t, Consumer<SignUpRequest> onSignUp, Runnable onBack) {
        super(new BorderLayout(12, 8));
        this.t = t;
        this.lines = new EventLines(t);
        this.onSignUp = onSignUp;
        this.checks = new FormChecks(t, "event-problems", () -> event == null ? List.<Problem>of()
                : SignUpRules.check(request()), 2).field(name, "name").field(phone, "phone");
        keyboard.onFieldLeft(checks::left);
        title.setFont(title.getFont().deriveFont(java.awt.Font.BOLD, 24f));
        seats.setFont(seats.getFont().deriveFont(java.awt.Font.BOLD));
        JPanel info = new JPanel();
        info.setLayout(new BoxLayout(info, BoxLayout.Y_AXIS));
        for (JTextArea c : List.of(title, when, room, audience, seats, description)) {
            c.setAlignmentX(LEFT_ALIGNMENT);
            info.add(c);
            info.add(javax.swing.Box.createVerticalStrut(4));
        }
        JPanel stepper = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        stepper.setAlignmentX(LEFT_ALIGNMENT);
        stepper.add(Touch.label("party-label", t.get("events.party"), Touch.BODY, false));
        stepper.add(Touch.small("party-minus", "\u2212", () -> party(partySize - 1)));
        party.setHorizontalAlignment(JLabel.CENTER);
        party.setPreferredSize(new java.awt.Dimension(Touch.TOUCH, Touch.TOUCH));
        stepper.add(party);
        stepper.add(Touch.small("party-plus", "+", () -> party(partySize + 1)));
        info.add(stepper);
        JPanel left = new JPanel(new BorderLayout(0, 8));
        left.add(info, BorderLayout.NORTH);
        JPanel bottom = new JPanel(new BorderLayout(0, 4));
        bottom.add(checks.box(), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.add(Touch.button("event-back", t.get("booking.back"), onBack));
        signUp = Touch.button("event-signup", t.get("events.signup.waitlist"), this::submit);
        buttons.add(signUp);
        bottom.add(buttons, BorderLayout.SOUTH);
        left.add(bottom, BorderLayout.SOUTH);
        add(left, BorderLayout.CENTER);

        JPanel fields = new JPanel(new GridBagLayout());
        field(fields, 0, "events.guest.name", name);
        field(fields, 1, "events.guest.phone", phone);
        guestForm.add(fields, BorderLayout.NORTH);
        guestForm.add(keyboard, BorderLayout.CENTER);
        add(guestForm, BorderLayout.EAST);
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
        checks.reset();
        party(1);
        guestForm.setVisible(memberId.isEmpty());
        keyboard.typeInto(name, TouchKeyboard.Mode.NAME, 60);
        signUp.setText(e.isFull() ? t.get("events.signup.waitlist") : t.get("events.signup"));
        signUp.setEnabled(true);
    }

    void showProblems(List<Problem> found) {
        checks.answered(found);
        signUp.setEnabled(true);
    }

    private void field(JPanel form, int row, String key, JTextField field) {
        Touch.formRow(form, row, t.get(key), field);
    }

    private int maxParty() {
        return Math.min(SignUpRules.MAX_PARTY, event == null ? 1 : event.capacity());
    }

    private void party(int size) {
        partySize = Math.max(1, Math.min(size, maxParty()));
        party.setText(Integer.toString(partySize));
        if (size > maxParty()) {
            // the plus key stops here: say why instead of leaving the visitor to wonder
            checks.say(t.get("events.party.limit", maxParty()));
        }
    }

    private SignUpRequest request() {
        Registrant who = member.<Registrant>map(Registrant.Member::new)
                .orElseGet(() -> new Registrant.Guest(name.getText(), phone.getText()));
        return new SignUpRequest(event.id(), who, partySize, t.language());
    }

    private void submit() {
        signUp.setEnabled(false);
        checks.say(t.get("booking.wait"));
        onSignUp.accept(request());
    }
}
