package org.pustaka.central.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pustaka.central.CentralService;
import org.pustaka.central.backend.slims.SlimsSchemaCheck;
import org.pustaka.central.config.CentralConfig;
import org.pustaka.central.config.SlimsSettings;
import org.pustaka.central.store.CentralDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Checks that the service's own database answers and, where {@code slims.url} is configured, that SLiMS's
 * schema has every table, column and trigger the service uses and the staff user exists. Exit 1 when not.
 */
@Command(name = "check", description = "Check the service database and the SLiMS schema; exit 1 when either is not usable.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CentralConfig c = config.load();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> out = new LinkedHashMap<>();
        boolean ok = true;
        try (CentralService service = CentralService.open(c, Clock.systemUTC());
             Connection conn = service.dataSource().getConnection()) {
            out.put("centralDatabase", "OK");
            out.put("serverVersion", conn.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            out.put("centralDatabase", "FAILED: " + e.getMessage());
            err.println("The service database does not answer: " + e.getMessage()
                    + " Check db.url, db.user and db.password and that MariaDB runs.");
            ok = false;
        }
        SlimsSettings s = c.slims();
        if (s == null) {
            out.put("slims", "not configured (slims.url)");
        } else {
            try (HikariDataSource pool = CentralDatabase.pool("slims-check", s.url(), s.user(), s.password(), 1,
                    c.dbConnectTimeout())) {
                SlimsSchemaCheck.Report r = new SlimsSchemaCheck(pool).check(s.staffUser());
                out.put("slims", r.compatible() ? "COMPATIBLE" : "INCOMPATIBLE");
                out.put("missing", r.missing());
                out.put("notes", r.notes());
                if (!r.compatible()) {
                    err.println("The SLiMS database lacks what the service needs: " + String.join(", ", r.missing()));
                    ok = false;
                }
            } catch (RuntimeException e) {
                out.put("slims", "FAILED: " + e.getMessage());
                err.println("The SLiMS database cannot be checked: " + e.getMessage()
                        + " Check slims.url, slims.user and slims.password.");
                ok = false;
            }
        }
        Cli.print(spec.commandLine().getOut(), out);
        return ok ? Cli.OK : Cli.FAILURE;
    }
}
