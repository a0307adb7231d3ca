package org.pustaka.kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pustaka.sip2.sim.SimCatalog;
import org.pustaka.sip2.sim.SimulatedAcs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sip2-sim", description = {
    "The simulated library system (SIP2 ACS) on loopback, for demos and tests.",
    "Prints one JSON line when listening, then serves until stopped (Ctrl-C)."})
public final class Sip2SimCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "6001",
            description = "port on 127.0.0.1; 0 picks a free one (default ${DEFAULT-VALUE})")
    int port;
    @Option(names = "--data", description = "file keeping the loans across restarts (created when missing); "
            + "without it loans live in memory")
    Path data;
    @Option(names = "--catalog", description = "library data (patrons, items) in the shape of demo-library.json; "
            + "default: the demo library")
    Path catalog;
    @Option(names = "--zone", defaultValue = "Asia/Jakarta", description = "the library's time zone")
    String zone;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            return ExitCodes.badInput(err, "--port must be from 0 to 65535, not " + port + ".");
        }
        SimCatalog library;
        ZoneId libraryZone;
        try {
            libraryZone = ZoneId.of(zone);
            library = catalog == null ? SimCatalog.demo() : SimCatalog.load(catalog);
        } catch (DateTimeException e) {
            return ExitCodes.badInput(err, "--zone must be a time zone such as Asia/Jakarta, not '" + zone + "'.");
        } catch (IOException e) {
            return ExitCodes.badInput(err, "Cannot read the library data " + catalog + ": " + e.getMessage());
        }
        try (SimulatedAcs acs = new SimulatedAcs(library, Clock.systemUTC(), libraryZone)) {
            int bound = acs.start(port, data);
            Map<String, Object> ready = new LinkedHashMap<>();
            ready.put("command", "sip2-sim");
            ready.put("host", "127.0.0.1");
            ready.put("port", bound);
            ready.put("institution", library.institution());
            ready.put("data", data == null ? null : data.toAbsolutePath().toString());
            Json.print(out, ready);
            err.println("Simulated library system listening on 127.0.0.1:" + bound
                    + (data == null ? " (loans in memory; --data FILE keeps them)" : "") + ". Stop it with Ctrl-C.");
            err.flush();
            new CountDownLatch(1).await();
            return ExitCodes.OK;
        } catch (IOException e) {
            return ExitCodes.failure(err, "The simulated library cannot start: " + e.getMessage()
                    + ". Choose another --port, or move a damaged --data file aside.");
        } catch (java.io.UncheckedIOException e) {
            return ExitCodes.failure(err, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }
}
