package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextArea;

/**
 * The last page of a booking form (an event sign-up, a school visit): the desk's answer filling the
 * page, and at its foot a button that prints the ticket or slip and one that finishes. Once printed, the
 * answer starts by saying where the paper comes out, so the visitor does not walk off without it, and the
 * print button goes. Its controls are named {@code <prefix>-answer}, {@code -print} and {@code -done}.
 * Event thread.
 */
public final class AnswerPage extends JPanel {
    private final JTextArea answer;
    private final JButton print;

    /**
     * @param size the answer's font size in points
     * @param onPrint what the print button does: prints, then calls {@link #printed}
     * @param onDone what the finishing button does
     */
    public AnswerPage(String prefix, float size, String printText, Runnable onPrint, String doneText, Runnable onDone) {
        super(new BorderLayout(8, 8));
        answer = Touch.paragraph(prefix + "-answer");
        answer.setFont(answer.getFont().deriveFont(size));
        add(answer, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 16, 0));
        print = Touch.button(prefix + "-print", printText, onPrint);
        buttons.add(print);
        buttons.add(Touch.button(prefix + "-done", doneText, onDone));
        add(buttons, BorderLayout.SOUTH);
    }

    /** Shows an answer, offering to print it or not. */
    public void show(String text, boolean printable) {
        answer.setText(text);
        print.setVisible(printable);
    }

    /** The print button's words, for answers that print different papers. */
    public void printText(String text) {
        print.setText(text);
    }

    /** After printing: {@code take} (where the paper is) goes before the answer, and the print button goes. */
    public void printed(String take) {
        answer.setText(take + "\n\n" + answer.getText());
        print.setVisible(false);
    }
}
