package org.pustaka.hardware.api;

import java.util.Objects;

/**
 * One line of a receipt, independent of the printer's command language. The kiosk composes receipts
 * from these; a printer driver lays them out for its paper width (32 or 48 columns) and encodes them.
 */
public sealed interface ReceiptLine {

    enum Align { LEFT, CENTER, RIGHT }

    /** Free text; long text wraps at word boundaries. */
    record Text(String text, Align align, boolean bold, boolean large) implements ReceiptLine {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
        }

        public static Text plain(String text) {
            return new Text(text, Align.LEFT, false, false);
        }

        public static Text heading(String text) {
            return new Text(text, Align.CENTER, true, true);
        }

        public static Text centered(String text) {
            return new Text(text, Align.CENTER, false, false);
        }
    }

    /** A label on the left and a value on the right of the same line, such as a title and its due date. */
    record Columns(String left, String right) implements ReceiptLine {
        public Columns {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** A horizontal rule across the paper. */
    record Rule() implements ReceiptLine {
    }

    /** An empty line. */
    record Blank() implements ReceiptLine {
    }

    /** A QR code, centred, carrying {@code payload} (a registration id, a booking code). */
    record Qr(String payload) implements ReceiptLine {
        public Qr {
            Objects.requireNonNull(payload, "payload");
        }
    }
}
