package org.pustaka.kiosk.ui;

/**
 * The kiosk's light look: FlatLaf Light with the values in {@code KioskLaf.properties} beside this
 * class. With large text the base font is raised on top of them.
 */
public class KioskLaf extends KioskLook {
    public static final String NAME = "Pustaka Kiosk";

    public KioskLaf() {
        this(false);
    }

    public KioskLaf(boolean largeText) {
        super(NAME, false, largeText);
    }
}
