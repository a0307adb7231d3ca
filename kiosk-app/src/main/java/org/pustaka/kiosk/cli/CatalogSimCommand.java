package org.pustaka.kiosk.cli;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pustaka.catalog.api.sim.SimCentralCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The simulated central catalog on loopback, for demos against the HTTP API ({@code library.type=http})
 * and for trying a kiosk's reports. Prints where it listens and runs until stopped (Ctrl+C).
 */
@Command(name = "catalog-sim", description = "The simulated central catalog HTTP API on loopback, until stopped.")
public final class CatalogSimCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", description = "Port to listen on (default: any free port).")
    int port;

    @Option(names = "--token", defaultValue = "demo-token", description = "The kiosk token it accepts.")
    String token;

    @Option(names = "--fail-share", defaultValue = "0", description = "Share of requests answered 503 (0 to 1).")
    double failShare;

    @Option(names = "--drop-share", defaultValue = "0",
            description = "Share of requests processed and then left without an answer (0 to 1).")
    double dropShare;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || failShare < 0 || failShare > 1 || dropShare < 0 || dropShare > 1) {
            return ExitCodes.badInput(err, "--port must be 0 to 65535 and the shares 0 to 1.");
        }
        SimCentralCatalog catalog = new SimCentralCatalog(token, 1);
        catalog.failShare(failShare);
        catalog.dropShare(dropShare);
        URI url = catalog.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            catalog.close();
            stopped.countDown();
        }, "catalog-sim-stop"));
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("url", url.toString());
        where.put("token", "(as given with --token)");
        Json.print(spec.commandLine().getOut(), where);
        err.println("Simulated central catalog at " + url + "; set library.type=http, catalog.url=" + url
                + " and catalog.token in a kiosk configuration to use it. Ctrl+C stops it.");
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
