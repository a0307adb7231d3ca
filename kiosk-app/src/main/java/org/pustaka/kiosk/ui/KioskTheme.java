package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;
import javax.swing.UIManager;

/**
 * The look the visitor chose: light or high contrast, normal or large text. Large text raises
 * {@code defaultFont} to {@code Kiosk.largeText.font}; every text role is relative to it, so the whole
 * screen grows together. Call on the event thread; {@link #apply} re-installs the look-and-feel and
 * refreshes every open window.
 */
public final class KioskTheme {
    private boolean contrast;
    private boolean largeText;

    public KioskTheme(boolean contrast, boolean largeText) {
        this.contrast = contrast;
        this.largeText = largeText;
    }

    /** Must run before the first look-and-feel is installed: FlatLaf reads the scale once. */
    public static void scale(double factor) {
        System.setProperty("flatlaf.uiScale", Double.toString(factor));
    }

    public boolean contrast() {
        return contrast;
    }

    public boolean largeText() {
        return largeText;
    }

    public void contrast(boolean value) {
        contrast = value;
        apply();
    }

    public void largeText(boolean value) {
        largeText = value;
        apply();
    }

    /** Back to the kiosk's configured look, for the next visitor. */
    public void reset(boolean contrastValue, boolean largeTextValue) {
        contrast = contrastValue;
        largeText = largeTextValue;
        apply();
    }

    /** Installs the chosen look without touching windows (for start-up). */
    public void install() {
        FlatLaf.setup(contrast ? new KioskContrastLaf(largeText) : new KioskLaf(largeText));
    }

    public void apply() {
        install();
        FlatLaf.updateUI();
    }

    /** A colour of the theme by its key in the properties file, such as {@code Kiosk.ok.foreground}. */
    public static Color color(String key) {
        Color c = UIManager.getColor(key);
        return c != null ? c : UIManager.getColor("Label.foreground");
    }

    /** A size of the theme at scale 1 (callers scale it), such as {@code Kiosk.touchTarget}. */
    public static int size(String key) {
        return UIManager.getInt(key);
    }
}
