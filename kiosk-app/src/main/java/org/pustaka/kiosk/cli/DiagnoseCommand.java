package org.pustaka.kiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.pustaka.kiosk.compose.DiagnosticsSetup;
import org.pustaka.kiosk.compose.KioskCards;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.config.SimulatedParts;
import org.pustaka.kiosk.diagnostics.CardReaderChecks;
import org.pustaka.kiosk.diagnostics.CheckResult;
import org.pustaka.kiosk.diagnostics.SelfTests;
import org.pustaka.kiosk.diagnostics.TechnicianText;
import org.pustaka.kiosk.pin.PinHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk diagnose}: the technician's self-tests without a screen, one JSON line per check
 * ({@code name}, {@code ok}, {@code detail}, {@code millis}); exit 0 when all pass, 1 otherwise. Without
 * {@code --config} it tests the simulators, which the two fault flags can break on purpose.
 * {@code --hash-pin} instead reads a PIN from standard input and prints its hash for the config.
 */
@Command(name = "diagnose", description = "Self-tests of the configured devices and connections, as JSON.")
public final class DiagnoseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Test the devices and connections of this configuration (default: the simulators).")
    Path configFile;

    @Option(names = "--printer-out-of-paper", description = "Simulated printer: out of paper.")
    boolean printerOutOfPaper;

    @Option(names = "--library-down", description = "Simulated library system: not answering.")
    boolean libraryDown;

    @Option(names = "--hash-pin", description = "Read a technician PIN from standard input and print its hash for diagnostics.pinHash.")
    boolean hashPin;

    InputStream in = System.in;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (hashPin) {
            return hashPin(err);
        }
        KioskConfig config = null;
        if (configFile != null) {
            try {
                config = KioskConfig.load(configFile, System.getenv());
            } catch (ConfigException e) {
                return ExitCodes.badConfig(err, e);
            }
        }
        Path tempDir = config == null ? Files.createTempDirectory("pustaka-diagnose") : null;
        KioskConfig cards = config;
        if (cards == null) {
            try {
                cards = KioskConfig.demo(tempDir, System.getenv());
            } catch (ConfigException e) {
                return ExitCodes.badConfig(err, e);
            }
        }
        List<CheckResult> results;
        try (DiagnosticsSetup setup = config == null
                ? DiagnosticsSetup.simulated(tempDir, printerOutOfPaper, libraryDown)
                : DiagnosticsSetup.fromConfig(config, printerOutOfPaper, libraryDown)) {
            results = new ArrayList<>(new SelfTests(setup.targets(), setup.audit()).runAll());
            // every configured card reader with its state (issue 21)
            results.addAll(CardReaderChecks.run(KioskCards.readers(cards, null,
                    List.of()), Duration.ofSeconds(3)));
        } finally {
            if (tempDir != null) {
                deleteQuietly(tempDir);
            }
        }
        if (config != null && !SimulatedParts.of(config).isEmpty()) {
            // a production configuration that simulates a device fails diagnostics, naming the key
            results = new ArrayList<>(results);
            results.add(0, new CheckResult("setup", false,
                    TechnicianText.asSaid(String.join(" ", SimulatedParts.of(config))), 0));
        }
        PrintWriter out = spec.commandLine().getOut();
        long failed = 0;
        for (CheckResult r : results) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", r.name());
            line.put("ok", r.ok());
            line.put("detail", r.detail().both());
            line.put("millis", r.millis());
            Json.print(out, line);
            if (!r.ok()) {
                failed++;
                err.println(r.name() + ": " + r.detail().both());
            }
        }
        err.println(failed == 0 ? "All " + results.size() + " checks passed."
                : failed + " of " + results.size() + " checks failed.");
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private int hashPin(PrintWriter err) throws IOException {
        String pin;
        Console console = System.console();
        if (in == System.in && console != null) {
            char[] typed = console.readPassword("Technician PIN: ");
            pin = typed == null ? "" : new String(typed);
        } else {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            pin = line == null ? "" : line.trim();
        }
        if (!PinHash.acceptable(pin)) {
            return ExitCodes.badInput(err, "A technician PIN is 4 to 12 digits; give it on standard input, for"
                    + " example: echo 4821 | kiosk diagnose --hash-pin");
        }
        Json.print(spec.commandLine().getOut(), Map.of("pinHash", PinHash.hash(pin)));
        err.println("Put this value in the configuration as diagnostics.pinHash.");
        err.flush();
        return ExitCodes.OK;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
