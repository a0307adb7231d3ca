package org.pustaka.kiosk.ui;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JButton;
import com.formdev.flatlaf.FlatClientProperties;

/** Gives the event and visit panels the kiosk's button styles: the main action of each page stands out. */
final class BookingLook {
    private BookingLook() {
    }

    static void apply(Component c) {
        if (c instanceof JButton b && b.getName() != null && !b.getName().startsWith("key-")) {
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
