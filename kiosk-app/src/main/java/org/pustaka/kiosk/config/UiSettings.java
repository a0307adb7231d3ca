package org.pustaka.kiosk.config;

/**
 * The touchscreen: scale factor (FlatLaf accepts fractions, such as 1.25 on a 10-inch 1280x800 panel),
 * full screen without decorations, the theme ({@code light} or {@code contrast}) and large text by default.
 */
public record UiSettings(double scale, boolean fullScreen, String theme, boolean largeText) {

    static UiSettings read(ConfigReader r) {
        return new UiSettings(
                r.decimal("ui.scale", 1.0, 0.5, 4.0),
                r.bool("ui.fullScreen", false),
                r.choice("ui.theme", "light", "light", "contrast"),
                r.bool("ui.largeText", false));
    }
}
