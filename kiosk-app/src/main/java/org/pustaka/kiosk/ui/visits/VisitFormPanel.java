package org.pustaka.kiosk.ui.visits;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import org.pustaka.kiosk.booking.Problem;
import org.pustaka.kiosk.events.WhenText;
import org.pustaka.kiosk.ui.Texts;
import org.pustaka.kiosk.ui.Touch;
import org.pustaka.kiosk.ui.TouchKeyboard;
import org.pustaka.kiosk.ui.events.FormChecks;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitRules;
import org.pustaka.kiosk.visits.VisitSlot;

/**
 * The booking form for one slot, on two pages so every key and choice keeps a finger's size at
 * 1024x600: first school, NPSN, teacher, phone, e-mail and notes typed on the on-screen keyboard (tap
 * a field to type in it), then the number of students with minus and plus and the grade as six
 * buttons. The checks are the desk's; a field's sentence appears once the teacher has left it and
 * goes when it is right, in a box of fixed height under the form.
 */
final class VisitFormPanel extends JPanel {
    private final Texts t;
    private final Consumer<VisitRequest> onBook;
    private final TouchKeyboard keyboard = new TouchKeyboard();
    private final JLabel slotLine = Touch.label("visit-slot", "", Touch.BODY, true);
    private final JTextField school = Touch.field("visit-school", keyboard, TouchKeyboard.Mode.NAME, 100);
    private final JTextField npsn = Touch.field("visit-npsn", keyboard, TouchKeyboard.Mode.UPPER, 8);
    private final JTextField teacher = Touch.field("visit-teacher", keyboard, TouchKeyboard.Mode.NAME, 60);
    private final JTextField phone = Touch.field("visit-phone", keyboard, TouchKeyboard.Mode.UPPER, 20);
    private final JTextField email = Touch.field("visit-email", keyboard, TouchKeyboard.Mode.LOWER, 100);
    private final JTextField notes = Touch.field("visit-notes", keyboard, TouchKeyboard.Mode.SENTENCE, 500);
    private final JLabel students = Touch.label("visit-students", "20", 24f, true);
    private final Map<GradeLevel, JToggleButton> grades = new EnumMap<>(GradeLevel.class);
    private final FormChecks checks;
    private final CardLayout pages = new CardLayout();
    private final JPanel pageHolder = new JPanel(pages);
    private final CardLayout actions = new CardLayout();
    private final JPanel actionHolder = new JPanel(actions);
    private final JButton book;
    private VisitSlot slot;
    private int count = 20;
    private GradeLevel grade;

    VisitFormPanel(Texts t, Consumer<VisitRequest> onBook, Runnable onBack) {
        super(new BorderLayout(8, 4));
        this.t = t;
        this.onBook = onBook;
        this.checks = new FormChecks(t, "visit-problems", () -> slot == null ? List.<Problem>of()
                : VisitRules.check(request(), slot), 2)
                .field(school, "schoolName").field(npsn, "npsn").field(teacher, "teacherName")
                .field(phone, "phone").field(email, "email").field(notes, "notes");
        keyboard.onFieldLeft(checks::left);
        add(slotLine, BorderLayout.NORTH);

        JPanel form = new JPanel(new GridBagLayout());
        row(form, "visits.school", school);
        row(form, "visits.npsn", npsn);
        row(form, "visits.teacher", teacher);
        row(form, "visits.phone", phone);
        row(form, "visits.email", email);
        row(form, "visits.notes", notes);
        JPanel details = new JPanel(new BorderLayout(8, 0));
        JPanel left = new JPanel(new BorderLayout());
        left.add(form, BorderLayout.NORTH);
        details.add(left, BorderLayout.CENTER);
        details.add(keyboard, BorderLayout.EAST);

        JPanel group = new JPanel(new BorderLayout(8, 12));
        JPanel stepper = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        stepper.add(Touch.label("visit-students-label", t.get("visits.students"), Touch.BODY, false));
        stepper.add(Touch.small("students-minus5", "\u22125", () -> students(count - 5)));
        stepper.add(Touch.small("students-minus", "\u2212", () -> students(count - 1)));
        students.setHorizontalAlignment(JLabel.CENTER);
        students.setPreferredSize(new Dimension(Touch.TOUCH, Touch.TOUCH));
        stepper.add(students);
        stepper.add(Touch.small("students-plus", "+", () -> students(count + 1)));
        stepper.add(Touch.small("students-plus5", "+5", () -> students(count + 5)));
        group.add(stepper, BorderLayout.NORTH);
        JPanel gradePanel = new JPanel(new GridLayout(2, 3, 8, 8));
        for (GradeLevel g : GradeLevel.values()) {
            JToggleButton b = new JToggleButton("<html><center>" + t.get("grade." + g.name()) + "</center></html>");
            b.setName("grade-" + g.name());
            b.setFocusable(false);
            b.setFont(b.getFont().deriveFont(Touch.BODY));
            b.setMinimumSize(new Dimension(Touch.TOUCH, Touch.TOUCH));
            b.addActionListener(e -> grade(g));
            grades.put(g, b);
            gradePanel.add(b);
        }
        JPanel gradeBox = new JPanel(new BorderLayout(0, 4));
        gradeBox.add(Touch.label("visit-grade-label", t.get("visits.grade"), Touch.BODY, false), BorderLayout.NORTH);
        gradeBox.add(gradePanel, BorderLayout.CENTER);
        group.add(gradeBox, BorderLayout.CENTER);
        pageHolder.add(details, "details");
        pageHolder.add(group, "group");
        add(pageHolder, BorderLayout.CENTER);

        JPanel detailsActions = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        detailsActions.add(Touch.button("visit-back", t.get("booking.back"), onBack));
        detailsActions.add(Touch.button("visit-next", t.get("visits.next"), () -> page("group")));
        JPanel groupActions = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        groupActions.add(Touch.button("visit-details", t.get("visits.details"), () -> page("details")));
        book = Touch.button("visit-book", t.get("visits.book"), this::submit);
        groupActions.add(book);
        actionHolder.add(detailsActions, "details");
        actionHolder.add(groupActions, "group");
        JPanel bottom = new JPanel(new BorderLayout(8, 0));
        bottom.add(checks.box(), BorderLayout.CENTER);
        bottom.add(actionHolder, BorderLayout.EAST);
        add(bottom, BorderLayout.SOUTH);
    }

    void show(VisitSlot chosen) {
        this.slot = chosen;
        slotLine.setText(WhenText.of(chosen.start(), chosen.end(), t.language()) + " \u00B7 " + chosen.room());
        for (JTextField f : List.of(school, npsn, teacher, phone, email, notes)) {
            f.setText("");
        }
        students(Math.min(20, chosen.capacity()));
        grade(null);
        checks.reset();
        book.setEnabled(true);
        keyboard.typeInto(school, TouchKeyboard.Mode.NAME, 100);
        page("details");
    }

    void showProblems(List<Problem> found) {
        checks.answered(found);
        book.setEnabled(true);
        // a problem with a typed field sends the teacher back to the page where it can be fixed
        if (found.stream().anyMatch(p -> !p.field().equals("students") && !p.field().equals("grade"))) {
            page("details");
        }
    }

    private void page(String name) {
        pages.show(pageHolder, name);
        actions.show(actionHolder, name);
    }

    private void row(JPanel form, String key, java.awt.Component field) {
        Touch.formRow(form, GridBagConstraints.RELATIVE, t.get(key), field);
    }

    private void students(int n) {
        count = Math.max(1, Math.min(n, slot == null ? 40 : slot.capacity()));
        students.setText(Integer.toString(count));
    }

    private void grade(GradeLevel g) {
        grade = g;
        grades.forEach((level, b) -> b.setSelected(level == g));
    }

    private VisitRequest request() {
        return new VisitRequest(slot.id(), school.getText(), npsn.getText(), teacher.getText(), phone.getText(),
                email.getText(), count, grade, notes.getText());
    }

    private void submit() {
        book.setEnabled(false);
        checks.say(t.get("booking.wait"));
        onBook.accept(request());
    }
}
