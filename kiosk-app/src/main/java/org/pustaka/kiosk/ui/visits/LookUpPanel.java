package org.pustaka.kiosk.ui.visits;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.pustaka.kiosk.ui.Texts;
import org.pustaka.kiosk.ui.Touch;
import org.pustaka.kiosk.ui.TouchKeyboard;

/** Look a booking up by its code, typed on the on-screen keyboard. */
final class LookUpPanel extends JPanel {
    private final TouchKeyboard keyboard = new TouchKeyboard();
    private final JTextField code = Touch.field("lookup-code", keyboard, TouchKeyboard.Mode.UPPER, 16);
    private final JTextArea result = Touch.paragraph("lookup-result");

    LookUpPanel(Texts t, Consumer<String> onSearch, Runnable onBack) {
        super(new BorderLayout(8, 8));
        JPanel top = new JPanel(new BorderLayout(8, 4));
        top.add(Touch.label("lookup-title", t.get("visits.lookup"), 28f, true), BorderLayout.NORTH);
        top.add(code, BorderLayout.CENTER);
        top.add(Touch.button("lookup-search", t.get("visits.search"), () -> onSearch.accept(code.getText())),
                BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        result.setFont(result.getFont().deriveFont(Touch.BODY));
        add(result, BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout(8, 4));
        bottom.add(keyboard, BorderLayout.CENTER);
        JPanel nav = new JPanel(new FlowLayout(FlowLayout.CENTER));
        nav.add(Touch.button("lookup-back", t.get("booking.back"), onBack));
        bottom.add(nav, BorderLayout.SOUTH);
        add(bottom, BorderLayout.SOUTH);
    }

    void reset() {
        code.setText("");
        result.setText("");
        keyboard.typeInto(code, TouchKeyboard.Mode.UPPER, 16);
    }

    void show(String text) {
        result.setText(text);
    }
}
