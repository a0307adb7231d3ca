package org.pustaka.central.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.pustaka.central.CentralService;
import org.pustaka.central.bench.Bench;
import org.pustaka.central.bench.StaffPageBench;
import org.pustaka.central.bench.YearSeed;
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
@Command(name = "bench", description = "N simulated kiosks over HTTP doing the visit mix; prints loans/s and latencies.",
        subcommands = BenchCommand.StaffPages.class)
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
    @Option(names = "--patrons", split = ",", paramLabel = "MEMBER[:PIN]",
            description = "Members to borrow as; one per kiosk is best (loan limits)")
    List<String> patrons;
    @Option(names = "--items-file", paramLabel = "FILE",
            description = "Item codes, one a line; at least kiosks x items-per-visit, available for loan")
    Path itemsFile;

    @Override
    public Integer call() throws Exception {
        if (kiosks < 1 || visits < 1 || warmup < 0 || itemsPerVisit < 0) {
            spec.commandLine().getErr().println("--kiosks and --visits must be at least 1, --warmup and --items-per-visit at least 0.");
            return Cli.BAD_INPUT;
        }
        if (patrons == null || itemsFile == null) {
            spec.commandLine().getErr().println("The kiosk bench needs --patrons and --items-file (or run 'bench staff-pages').");
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

    /**
     * {@code bench staff-pages}: starts the service from the config on a free loopback port, optionally seeds a
     * year of data (into a scratch database: it adds rows), signs in as a staff account over HTTP and requests
     * every staff page N times; prints p50 and p95 per page as one JSON line.
     */
    @Command(name = "staff-pages", description = "Seeds a year (optional) and times every staff page over HTTP; prints p50/p95 per page.")
    static final class StaffPages implements Callable<Integer> {
        static final String PASSWORD_ENV = "PUSTAKA_BENCH_STAFF_PASSWORD";
        @Mixin
        ConfigOption config;
        @Spec
        CommandSpec spec;
        @Option(names = "--seed-loans", defaultValue = "0", description = "Kiosk loans to seed over the last year; 0 seeds nothing (default ${DEFAULT-VALUE})")
        int loans;
        @Option(names = "--seed-kiosks", defaultValue = "20", description = "Kiosks to seed (default ${DEFAULT-VALUE})")
        int kiosks;
        @Option(names = "--seed-registrations", defaultValue = "5000", description = "Event registrations to seed (default ${DEFAULT-VALUE})")
        int registrations;
        @Option(names = "--requests", defaultValue = "30", description = "Measured requests per page (default ${DEFAULT-VALUE})")
        int requests;
        @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured requests per page first (default ${DEFAULT-VALUE})")
        int warmup;
        @Option(names = "--staff-user", required = true, description = "SLiMS staff account to sign in as")
        String user;
        @Option(names = "--staff-password", description = "Its password (default: the " + PASSWORD_ENV + " variable)")
        String password;

        @Override
        public Integer call() throws Exception {
            if (loans < 0 || kiosks < 1 || registrations < 0 || requests < 1 || warmup < 0) {
                spec.commandLine().getErr().println("--requests and --seed-kiosks must be at least 1; --seed-loans,"
                        + " --seed-registrations and --warmup at least 0.");
                return Cli.BAD_INPUT;
            }
            String pass = password != null ? password : System.getenv(PASSWORD_ENV);
            if (pass == null || pass.isEmpty()) {
                spec.commandLine().getErr().println("Give the staff account's password with --staff-password or " + PASSWORD_ENV + ".");
                return Cli.BAD_INPUT;
            }
            CentralConfig c = config.load();
            if (c.slims() == null) {
                spec.commandLine().getErr().println("The staff pages sign in with SLiMS accounts: configure slims.url"
                        + " (and slims.user, slims.password, slims.staffUser).");
                return Cli.BAD_INPUT;
            }
            CentralConfig local = c.listeningOn("127.0.0.1", 0, 4);
            Clock clock = Clock.systemUTC();
            try (CentralService service = CentralService.open(local, clock)) {
                service.migrate();
                ApiServer api = service.startApi(local, clock);
                if (loans > 0) {
                    spec.commandLine().getErr().println("Seeding a year: " + loans + " kiosk loans, " + kiosks + " kiosks, "
                            + registrations + " event registrations...");
                }
                Cli.print(spec.commandLine().getOut(), StaffPageBench.measure(service, "http://127.0.0.1:" + api.port(),
                        new YearSeed.Size(loans, kiosks, registrations), user, pass, requests, warmup, local.libraryZone()));
                return Cli.OK;
            }
        }
    }
}
