package org.pustaka.kiosk.ui.visits;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import org.pustaka.kiosk.booking.Problem;
import org.pustaka.kiosk.events.WhenText;
import org.pustaka.kiosk.ui.events.Texts;
import org.pustaka.kiosk.ui.events.TouchKeyboard;
import org.pustaka.kiosk.ui.events.Widgets;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;

/**
 * The booking form for one slot: school, NPSN, teacher, phone, e-mail and notes typed on the on-screen
 * keyboard (tap a field to type in it), students with minus and plus, the grade as six buttons. The
 * checks are the desk's; its sentences appear under the form, each with a warning sign.
 */
final class VisitFormPanel extends JPanel {
    private final Texts t;
    private final Consumer<VisitRequest> onBook;
    private final TouchKeyboard keyboard = new TouchKeyboard();
    private final JLabel slotLine = Widgets.label("visit-slot", "", 18f, true);
    private final JTextField school = Widgets.field("visit-school", keyboard, TouchKeyboard.Mode.NAME, 100);
    private final JTextField npsn = Widgets.field("visit-npsn", keyboard, TouchKeyboard.Mode.UPPER, 8);
    private final JTextField teacher = Widgets.field("visit-teacher", keyboard, TouchKeyboard.Mode.NAME, 60);
    private final JTextField phone = Widgets.field("visit-phone", keyboard, TouchKeyboard.Mode.UPPER, 20);
    private final JTextField email = Widgets.field("visit-email", keyboard, TouchKeyboard.Mode.LOWER, 100);
    private final JTextField notes = Widgets.field("visit-notes", keyboard, TouchKeyboard.Mode.SENTENCE, 500);
    private final JLabel students = Widgets.label("visit-students", "20", 22f, true);
    private final Map<GradeLevel, JToggleButton> grades = new EnumMap<>(GradeLevel.class);
    private final JTextArea problems = Widgets.paragraph("visit-problems");
    private final JButton book;
    private VisitSlot slot;
    private int count = 20;
    private GradeLevel grade;

    VisitFormPanel(Texts t, Consumer<VisitRequest> onBook, Runnable onBack) {
        super(new BorderLayout(8, 4));
        this.t = t;
        this.onBook = onBook;
        add(slotLine, BorderLayout.NORTH);
        JPanel form = new JPanel(new GridBagLayout());
        row(form, "visits.school", school);
        row(form, "visits.npsn", npsn);
        row(form, "visits.teacher", teacher);
        row(form, "visits.phone", phone);
        row(form, "visits.email", email);
        row(form, "visits.notes", notes);
        JPanel stepper = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        stepper.add(Widgets.small("students-minus5", "\u22125", () -> students(count - 5)));
        stepper.add(Widgets.small("students-minus", "\u2212", () -> students(count - 1)));
        stepper.add(students);
        stepper.add(Widgets.small("students-plus", "+", () -> students(count + 1)));
        stepper.add(Widgets.small("students-plus5", "+5", () -> students(count + 5)));
        row(form, "visits.students", stepper);
        JPanel left = new JPanel(new BorderLayout(4, 4));
        left.setPreferredSize(new Dimension(560, 0));
        left.add(form, BorderLayout.NORTH);
        JPanel gradePanel = new JPanel(new GridLayout(2, 3, 4, 4));
        for (GradeLevel g : GradeLevel.values()) {
            JToggleButton b = new JToggleButton("<html><center>" + g.label().in(t.language()) + "</center></html>");
            b.setName("grade-" + g.name());
            b.setFocusable(false);
            b.addActionListener(e -> grade(g));
            grades.put(g, b);
            gradePanel.add(b);
        }
        left.add(gradePanel, BorderLayout.CENTER);
        add(left, BorderLayout.WEST);
        // the buttons sit under the keyboard so the form keeps the full height for the grade choices
        JPanel right = new JPanel(new BorderLayout(4, 4));
        right.add(problems, BorderLayout.NORTH);
        right.add(keyboard, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.add(Widgets.button("visit-back", t.get("booking.back"), onBack));
        book = Widgets.button("visit-book", t.get("visits.book"), this::submit);
        buttons.add(book);
        right.add(buttons, BorderLayout.SOUTH);
        add(right, BorderLayout.CENTER);
    }

    void show(VisitSlot chosen) {
        this.slot = chosen;
        slotLine.setText(WhenText.of(chosen.start(), chosen.end(), t.language()) + " \u00B7 " + chosen.room());
        for (JTextField f : List.of(school, npsn, teacher, phone, email, notes)) {
            f.setText("");
        }
        students(Math.min(20, chosen.capacity()));
        grade(null);
        problems.setText("");
        book.setEnabled(true);
        keyboard.typeInto(school, TouchKeyboard.Mode.NAME, 100);
    }

    void showProblems(List<Problem> found) {
        problems.setText(found.stream().map(p -> "\u26A0 " + p.message().in(t.language())).collect(Collectors.joining("\n")));
        book.setEnabled(true);
    }

    private void row(JPanel form, String key, java.awt.Component field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 0, 2, 8);
        form.add(new JLabel(t.get(key)), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(field, c);
    }

    private void students(int n) {
        count = Math.max(1, Math.min(n, slot == null ? 40 : slot.capacity()));
        students.setText(Integer.toString(count));
    }

    private void grade(GradeLevel g) {
        grade = g;
        grades.forEach((level, b) -> b.setSelected(level == g));
    }

    private void submit() {
        book.setEnabled(false);
        problems.setText(t.get("booking.wait"));
        onBook.accept(new VisitRequest(slot.id(), school.getText(), npsn.getText(), teacher.getText(), phone.getText(),
                email.getText(), count, grade, notes.getText()));
    }
}
