package org.pustaka.kiosk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.rfid.feig.FeigReaderOptions;
import org.pustaka.hardware.rfid.feig.FeigRfidReader;
import org.pustaka.hardware.serial.JsscSerialLink;
import org.pustaka.hardware.serial.Parity;
import org.pustaka.hardware.serial.SerialSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk rfid inventory --port DEV}: what a real FEIG reader sees, one JSON line per tag with its
 * UID, AFI, memory and what the tag codec makes of it. For technicians checking a reader or a stack of
 * books; the kiosk itself need not run.
 */
@Command(name = "rfid", description = "Talk to a real RFID reader (technicians).")
public final class RfidCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ExitCodes.usage(spec);
    }

    @Command(name = "inventory", description = "List the tags a FEIG ISO-host reader sees, one JSON line each.")
    int inventory(
            @Option(names = "--port", paramLabel = "DEV", required = true,
                    description = "serial device, e.g. /dev/ttyUSB0") String port,
            @Option(names = "--baud", paramLabel = "B", defaultValue = "38400",
                    description = "baud rate (default ${DEFAULT-VALUE})")
            int baud,
            @Option(names = "--parity", paramLabel = "P", defaultValue = "even",
                    description = "none, even or odd (default ${DEFAULT-VALUE})")
            String parity,
            @Option(names = "--address", paramLabel = "A", defaultValue = "255",
                    description = "reader bus address (default 255, any)")
            int address,
            @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "500",
                    description = "answer timeout (default 500 ms)")
            int timeoutMillis) {
        PrintWriter err = spec.commandLine().getErr();
        SerialSettings serial;
        FeigReaderOptions options;
        try {
            serial = new SerialSettings(port, baud, 8, Parity.of(parity), 1);
            options = FeigReaderOptions.defaults().withBusAddress(address)
                    .withResponseTimeout(Duration.ofMillis(Math.max(1, timeoutMillis)));
        } catch (IllegalArgumentException e) {
            return ExitCodes.badInput(err, e.getMessage().startsWith("No enum")
                    ? "The parity must be none, even or odd, not '" + parity + "'." : e.getMessage());
        }
        try (FeigRfidReader reader = new FeigRfidReader(new JsscSerialLink(serial), options)) {
            List<String> uids = reader.inventory();
            for (String uid : uids) {
                Json.print(spec.commandLine().getOut(), TagJson.read(reader.read(uid)));
            }
            err.println(uids.size() + " tag(s) in the reader's field on " + serial + ".");
            err.flush();
            return ExitCodes.OK;
        } catch (DeviceException e) {
            return ExitCodes.failure(err, e.getMessage());
        }
    }
}
