package org.pustaka.kiosk.compose;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import org.slf4j.LoggerFactory;

/**
 * Opens the display while the command line is still being read: for {@code run} and {@code demo} with a
 * display, a thread connects AWT to the X server and loads the fonts and FlatLaf's classes, work the
 * window's first paint waits for otherwise. It sets nothing up that the window would have to undo: the
 * look-and-feel is still chosen by the window, on the event thread. Nothing happens for other commands.
 */
public final class DisplayPreload {

    private DisplayPreload() {
    }

    /** Starts the preload when {@code args} start the touchscreen kiosk; returns at once. */
    public static void startFor(String... args) {
        if (args.length == 0 || !(args[0].equals("run") || args[0].equals("demo"))
                || java.util.Arrays.asList(args).contains("--headless") || GraphicsEnvironment.isHeadless()) {
            return;
        }
        Thread t = new Thread(DisplayPreload::preload, "display-preload");
        t.setDaemon(true);
        t.start();
    }

    private static void preload() {
        try {
            Toolkit.getDefaultToolkit();
            GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
            env.getDefaultScreenDevice().getDefaultConfiguration();
            env.getAvailableFontFamilyNames();
            Class.forName("com.formdev.flatlaf.FlatLightLaf", true, DisplayPreload.class.getClassLoader());
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // the window does the same work itself when it opens; say why it may be slower
            LoggerFactory.getLogger(DisplayPreload.class).debug("Preloading the display failed: {}", e.toString());
        }
    }
}
