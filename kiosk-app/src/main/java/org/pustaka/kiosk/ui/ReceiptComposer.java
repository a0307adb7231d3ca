package org.pustaka.kiosk.ui;

import org.pustaka.hardware.api.Receipt;

/**
 * Turns a visit into a receipt in the visitor's language ({@code id} or {@code en}). Pure: no I/O,
 * safe on any thread. The kiosk's receipt templates implement it; {@link BasicReceiptComposer} is the
 * plain built-in layout.
 */
public interface ReceiptComposer {
    Receipt compose(VisitRecord visit, String language);
}
