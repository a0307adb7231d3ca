package org.pustaka.kiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the theme properties files beside the look-and-feel classes, for values laid on top of FlatLaf's. */
final class ThemeFiles {
    static final String LARGE_TEXT_STEP = "Kiosk.largeText.step";
    private static final String HEADER_FONTS = "Kiosk.header.";
    private static final Pattern RELATIVE = Pattern.compile("\\+(\\d+)(.*)");

    private ThemeFiles() {
    }

    static void load(Properties into, String name) {
        try (InputStream in = ThemeFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Large text adds {@code Kiosk.largeText.step} to every relative font size of the shared file but the
     * header's, so the whole screen grows together and the header still fits its bar.
     */
    static void largeText(Properties into) {
        Properties shared = new Properties();
        load(shared, "KioskLaf.properties");
        int step = Integer.parseInt(shared.getProperty(LARGE_TEXT_STEP).trim());
        for (String key : shared.stringPropertyNames()) {
            String value = shared.getProperty(key).trim();
            Matcher m = RELATIVE.matcher(value);
            if (key.endsWith(".font") && !key.startsWith(HEADER_FONTS) && m.matches()) {
                into.setProperty(key, "+" + (Integer.parseInt(m.group(1)) + step) + m.group(2));
            }
        }
    }
}
