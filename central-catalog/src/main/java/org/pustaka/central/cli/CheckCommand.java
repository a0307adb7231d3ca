package org.pustaka.central.cli;

import java.sql.Connection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pustaka.central.CentralService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks that the service's own database answers and is migrated; exit 1 when not. */
@Command(name = "check", description = "Check the service database (and the library system's schema where configured).")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean ok;
        try (CentralService service = CentralService.open(config.load(), Clock.systemUTC());
             Connection c = service.dataSource().getConnection()) {
            out.put("centralDatabase", "OK");
            out.put("serverVersion", c.getMetaData().getDatabaseProductVersion());
            ok = true;
        } catch (java.sql.SQLException e) {
            out.put("centralDatabase", "FAILED");
            out.put("error", e.getMessage());
            spec.commandLine().getErr().println("The service database does not answer: " + e.getMessage()
                    + " Check db.url, db.user and db.password and that MariaDB runs.");
            ok = false;
        }
        Cli.print(spec.commandLine().getOut(), out);
        return ok ? Cli.OK : Cli.FAILURE;
    }
}
