package org.pustaka.central.cli;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pustaka.central.CentralService;
import org.pustaka.central.config.CentralConfig;
import org.pustaka.central.http.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the service in the foreground until SIGTERM or SIGINT, as systemd's {@code Type=simple} expects: logs
 * on stderr (the journal), one JSON line on stdout once it listens, exit 0 after a clean stop.
 */
@Command(name = "serve", description = "Run the service in the foreground (migrates first unless --no-migrate).")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;
    @Option(names = "--no-migrate", description = "Do not apply the database migrations at start-up")
    boolean noMigrate;

    @Override
    public Integer call() throws InterruptedException {
        CentralConfig c = config.load();
        Clock clock = Clock.systemUTC();
        CentralService service = CentralService.open(c, clock);
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            if (!noMigrate) {
                service.migrate();
            }
            ApiServer api = service.startApi(c, clock);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                LOG.info("Stopping");
                service.close();
                stopped.countDown();
            }, "central-stop"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("listening", "http://" + c.httpHost() + ":" + api.port() + ApiServer.PREFIX);
            out.put("database", c.dbUrl());
            out.put("circulation", c.slims() == null ? "off: no slims.url configured" : c.slims().url());
            out.put("version", CentralService.version());
            Cli.print(spec.commandLine().getOut(), out);
            LOG.info("Serving the kiosk API on {}:{}", c.httpHost(), api.port());
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        stopped.await();
        return Cli.OK;
    }
}
