package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import java.util.Properties;

/**
 * The high-contrast look: FlatLaf Dark underneath, with the shared sizes, fonts and text roles of
 * {@code KioskLaf.properties} and the colours of {@code KioskContrastLaf.properties} laid on top, in
 * that order, so both themes stay the same size and only the colours change.
 */
public class KioskContrastLaf extends FlatDarkLaf {
    public static final String NAME = "Pustaka Kiosk High Contrast";

    private final boolean largeText;

    public KioskContrastLaf() {
        this(false);
    }

    public KioskContrastLaf(boolean largeText) {
        this.largeText = largeText;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    protected Properties getAdditionalDefaults() {
        Properties p = new Properties();
        ThemeFiles.load(p, "KioskLaf.properties");
        ThemeFiles.load(p, "KioskContrastLaf.properties");
        if (largeText) {
            ThemeFiles.largeText(p);
        }
        return p;
    }
}
