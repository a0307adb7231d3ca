package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import java.awt.Component;
import java.awt.Container;
import java.awt.Insets;
import javax.swing.AbstractButton;
import javax.swing.JButton;

/**
 * Gives the event and visit panels the kiosk's button styles: the main action of each page stands out
 * in the kiosk's green, the others take the secondary style. The kiosk's wide button margins would cut
 * the narrow keyboard keys and steppers short, so the panels' buttons get narrow margins instead, and a
 * button whose text grew with its style grows with it.
 */
final class BookingLook {
    private BookingLook() {
    }

    static void apply(Component c) {
        if (c instanceof AbstractButton b) {
            int m = UIScale.scale(4);
            b.setMargin(new Insets(m, m, m, m));
            if (b.getName() != null && b.getName().startsWith("grade-")) {
                // six school levels share the space under the form: a smaller face keeps each on two lines
                b.setFont(b.getFont().deriveFont(b.getFont().getSize2D() * 0.8f));
            }
        }
        if (c instanceof JButton b && b.getName() != null && !b.getName().startsWith("key-")) {
            // the panels' buttons size themselves by their text as styled (Touch), so none is cut short
            b.putClientProperty(FlatClientProperties.STYLE_CLASS, primary(b.getName()) ? "primary" : "secondary");
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                apply(child);
            }
        }
    }

    private static boolean primary(String name) {
        return switch (name) {
            case "event-signup", "event-print", "visit-book", "visit-print", "lookup-search" -> true;
            default -> false;
        };
    }
}
