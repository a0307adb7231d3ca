package org.pustaka.kiosk.ui.events;

import java.awt.Dimension;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.pustaka.kiosk.booking.Problem;
import org.pustaka.kiosk.ui.Texts;
import org.pustaka.kiosk.ui.Touch;

/**
 * The form's own sentences about what is wrong, shown as a visitor expects: a field is judged only
 * once the visitor has left it (or tried to send the form), its sentence goes away as soon as the text
 * is right, and the sentences sit in a box of fixed height so the keys never move under a finger.
 * The judging is the desk's own rules, run on the values as they stand.
 */
public final class FormChecks {
    private final Texts t;
    private final Map<JTextField, String> fields = new LinkedHashMap<>();
    private final Set<String> judged = new HashSet<>();
    private final Supplier<List<Problem>> rules;
    private final JTextArea box;
    private final int lines;

    /**
     * @param rules the desk's checks over the form's current values
     * @param lines how many lines of sentences the box keeps room for
     */
    public FormChecks(Texts t, String name, Supplier<List<Problem>> rules, int lines) {
        this.t = t;
        this.rules = rules;
        this.box = Touch.paragraph(name);
        this.lines = lines;
        box.setRows(lines);
        Dimension pref = box.getPreferredSize();
        box.setPreferredSize(new Dimension(pref.width, pref.height));
        box.setMinimumSize(new Dimension(0, pref.height));
    }

    /** {@code field} is judged by the rules' problems named {@code problemField}. */
    public FormChecks field(JTextField field, String problemField) {
        fields.put(field, problemField);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed(problemField);
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed(problemField);
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed(problemField);
            }
        });
        return this;
    }

    public JTextArea box() {
        return box;
    }

    /** The visitor left {@code field}: from now on it is judged. */
    public void left(JTextField field) {
        String name = fields.get(field);
        if (name != null) {
            judged.add(name);
            show();
        }
    }

    /** The form was sent: the desk's answer is shown whole, and every field is judged from now on. */
    public void answered(List<Problem> problems) {
        judged.addAll(fields.values());
        judged.addAll(problems.stream().map(Problem::field).toList());
        box.setText(text(problems));
    }

    /** A fresh form: nothing judged, nothing said. */
    public void reset() {
        judged.clear();
        box.setText("");
    }

    public void say(String text) {
        box.setText(text);
    }

    private void changed(String name) {
        if (judged.contains(name)) {
            show();
        }
    }

    private void show() {
        box.setText(text(rules.get().stream().filter(p -> judged.contains(p.field())).toList()));
    }

    private String text(List<Problem> problems) {
        // the box keeps its height: the first sentences show, the next once those are put right
        return problems.stream().limit(lines).map(p -> "\u26A0 " + p.message().in(t.language()))
                .collect(Collectors.joining("\n"));
    }
}
