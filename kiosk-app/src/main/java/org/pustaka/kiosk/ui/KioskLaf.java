package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.FlatLightLaf;
import java.util.Properties;

/**
 * The kiosk's light look: FlatLaf Light with the values in {@code KioskLaf.properties} beside this
 * class (FlatLaf loads the file named after each class of the look-and-feel hierarchy). With large
 * text the base font is raised on top of them.
 */
public class KioskLaf extends FlatLightLaf {
    public static final String NAME = "Pustaka Kiosk";

    private final boolean largeText;

    public KioskLaf() {
        this(false);
    }

    public KioskLaf(boolean largeText) {
        this.largeText = largeText;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    protected Properties getAdditionalDefaults() {
        Properties p = new Properties();
        if (largeText) {
            ThemeFiles.largeText(p);
        }
        return p;
    }
}
