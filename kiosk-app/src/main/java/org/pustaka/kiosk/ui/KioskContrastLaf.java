package org.pustaka.kiosk.ui;

/**
 * The high-contrast look: FlatLaf Dark underneath, with the shared sizes, fonts and text roles of
 * {@code KioskLaf.properties} and the colours of {@code KioskContrastLaf.properties} laid on top, in
 * that order, so both themes stay the same size and only the colours change.
 */
public class KioskContrastLaf extends KioskLook {
    public static final String NAME = "Pustaka Kiosk High Contrast";

    public KioskContrastLaf() {
        this(false);
    }

    public KioskContrastLaf(boolean largeText) {
        super(NAME, true, largeText, "KioskLaf.properties", "KioskContrastLaf.properties");
    }
}
