package org.pustaka.kiosk.ui;

/**
 * The FlatLaf scale ({@code flatlaf.uiScale}) for a touchscreen. Every screen is laid out for
 * 1024x600 logical pixels; a larger panel gets the fraction that keeps that layout filling it:
 * 1.0 on a 7-inch 1024x600, 1.25 on a 10-inch 1280x800, 1.75 on 1920x1080. An explicit
 * {@code ui.scale} other than 1 wins, for panels of other shapes.
 */
public final class ScreenScale {
    static final int DESIGN_WIDTH = 1024;
    static final int DESIGN_HEIGHT = 600;

    private ScreenScale() {
    }

    public static double choose(double configured, int screenWidth, int screenHeight) {
        if (configured != 1.0) {
            return configured;
        }
        return forScreen(screenWidth, screenHeight);
    }

    /** The largest quarter step at which the 1024x600 layout still fits the screen. */
    public static double forScreen(int width, int height) {
        double fit = Math.min((double) width / DESIGN_WIDTH, (double) height / DESIGN_HEIGHT);
        double stepped = Math.floor(fit * 4) / 4;
        return Math.max(1.0, stepped);
    }
}
