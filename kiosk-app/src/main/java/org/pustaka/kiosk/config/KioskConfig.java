package org.pustaka.kiosk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The whole configuration, immutable, read once at start-up from a properties file plus environment
 * overrides and validated: {@link #load} reports every problem at once, one line per key, and nothing
 * starts with a bad configuration. Each section reads its own keys (see the section records).
 */
public record KioskConfig(KioskSettings kiosk, LibrarySettings library, Sip2Settings sip2, CatalogSettings catalog,
                          RfidSettings rfid, PrinterSettings printer, GpioSettings gpio, SessionSettings session,
                          OfflineSettings offline, UiSettings ui, DiagnosticsSettings diagnostics,
                          Map<String, String> maskedView, CardSettings cards) {

    public KioskConfig {
        maskedView = Map.copyOf(maskedView);
    }

    /** Reads a properties file (UTF-8) with overrides from {@code environment}. */
    public static KioskConfig load(Path file, Map<String, String> environment) throws ConfigException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new ConfigException("--config", file.toString(), "an existing properties file");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("--config", file.toString(),
                    "a readable UTF-8 properties file (" + e.getMessage() + ")");
        }
        return from(p, environment);
    }

    /** The built-in demo configuration (simulated everything), with {@code overrides} on top. */
    public static KioskConfig demo(Path dataDir, Map<String, String> environment) throws ConfigException {
        Properties p = new Properties();
        try (InputStream in = KioskConfig.class.getResourceAsStream("demo.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("demo.properties is missing from the application", e);
        }
        p.setProperty("kiosk.dataDir", dataDir.toString());
        return from(p, environment);
    }

    public static KioskConfig from(Properties p, Map<String, String> environment) throws ConfigException {
        ConfigReader r = new ConfigReader(p, environment);
        CardSettings cards = CardSettings.read(r);
        KioskConfig config = new KioskConfig(KioskSettings.read(r), LibrarySettings.read(r), Sip2Settings.read(r),
                CatalogSettings.read(r), RfidSettings.read(r), PrinterSettings.read(r), GpioSettings.read(r),
                SessionSettings.read(r), OfflineSettings.read(r), UiSettings.read(r), DiagnosticsSettings.read(r),
                r.maskedView(), cards);
        List<ConfigProblem> problems = r.problems();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config;
    }
}
