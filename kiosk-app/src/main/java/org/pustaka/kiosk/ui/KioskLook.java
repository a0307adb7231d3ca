package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.List;
import java.util.Properties;

/**
 * What the kiosk's looks share: FlatLaf's own light or dark theme underneath, then the properties file
 * named after the look's class (FlatLaf loads one for each class it is given), then the theme files the
 * look lays on top in their order, and with large text the fonts raised over all of them. Each look is a
 * small subclass with its name, so {@code UIManager} tells which one is installed.
 */
abstract class KioskLook extends FlatLaf {
    private final String name;
    private final boolean dark;
    private final boolean largeText;
    private final List<String> onTop;

    /** @param onTop theme files beside this class laid over FlatLaf's values, later ones winning */
    KioskLook(String name, boolean dark, boolean largeText, String... onTop) {
        this.name = name;
        this.dark = dark;
        this.largeText = largeText;
        this.onTop = List.of(onTop);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return name + " (FlatLaf " + (dark ? "Dark" : "Light") + ")";
    }

    @Override
    public boolean isDark() {
        return dark;
    }

    @Override
    protected List<Class<?>> getLafClassesForDefaultsLoading() {
        return List.of(FlatLaf.class, dark ? FlatDarkLaf.class : FlatLightLaf.class, getClass());
    }

    @Override
    protected Properties getAdditionalDefaults() {
        Properties p = new Properties();
        for (String file : onTop) {
            ThemeFiles.load(p, file);
        }
        if (largeText) {
            ThemeFiles.largeText(p);
        }
        return p;
    }
}
