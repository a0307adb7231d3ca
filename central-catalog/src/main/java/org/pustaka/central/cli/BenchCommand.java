package org.pustaka.central.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.pustaka.central.CentralService;
import org.pustaka.central.bench.Bench;
import org.pustaka.central.config.CentralConfig;
import org.pustaka.central.http.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Starts the service from the config on a free loopback port and runs simulated kiosks against it over
 * HTTP; prints loans per second and p50/p95/p99 per operation as one JSON line.
 */
@Command(name = "bench", description = "N simulated kiosks over HTTP doing the visit mix; prints loans/s and latencies.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;
    @Option(names = "--kiosks", defaultValue = "20", description = "Simulated kiosks (default ${DEFAULT-VALUE})")
    int kiosks;
    @Option(names = "--visits", defaultValue = "20", description = "Measured visits per kiosk (default ${DEFAULT-VALUE})")
    int visits;
    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up visits per kiosk, not counted (default ${DEFAULT-VALUE})")
    int warmup;
    @Option(names = "--items-per-visit", defaultValue = "3", description = "Loans per visit (default ${DEFAULT-VALUE})")
    int itemsPerVisit;
    @Option(names = "--patrons", split = ",", required = true, paramLabel = "MEMBER[:PIN]",
            description = "Members to borrow as; one per kiosk is best (loan limits)")
    List<String> patrons;
    @Option(names = "--items-file", required = true, paramLabel = "FILE",
            description = "Item codes, one a line; at least kiosks x items-per-visit, available for loan")
    Path itemsFile;

    @Override
    public Integer call() throws Exception {
        if (kiosks < 1 || visits < 1 || warmup < 0 || itemsPerVisit < 0) {
            spec.commandLine().getErr().println("--kiosks and --visits must be at least 1, --warmup and --items-per-visit at least 0.");
            return Cli.BAD_INPUT;
        }
        List<String> items = Files.readAllLines(itemsFile).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (items.size() < kiosks * itemsPerVisit) {
            spec.commandLine().getErr().println(itemsFile + " holds " + items.size() + " items; the bench needs at least "
                    + kiosks * itemsPerVisit + " (kiosks x items-per-visit) so kiosks do not share items.");
            return Cli.BAD_INPUT;
        }
        CentralConfig c = config.load();
        if (c.slims() == null) {
            spec.commandLine().getErr().println("The bench borrows books: configure slims.url (and slims.user, slims.password)"
                    + " of the SLiMS database whose items and members it is given.");
            return Cli.BAD_INPUT;
        }
        CentralConfig local = c.listeningOn("127.0.0.1", 0, kiosks + 2);
        Clock clock = Clock.systemUTC();
        try (CentralService service = CentralService.open(local, clock)) {
            service.migrate();
            ApiServer api = service.startApi(local, clock);
            Bench bench = new Bench("http://127.0.0.1:" + api.port() + ApiServer.PREFIX, service.kiosks());
            Cli.print(spec.commandLine().getOut(), bench.run(new Bench.Plan(kiosks, visits, warmup, itemsPerVisit, patrons, items)));
            return Cli.OK;
        }
    }
}
