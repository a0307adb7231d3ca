package org.pustaka.central.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.output.MigrateResult;
import org.pustaka.central.CentralService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Brings the service's own database up to date (never touches SLiMS's tables). */
@Command(name = "migrate", description = "Apply the service database's migrations; prints how many ran.")
final class MigrateCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CentralService service = config.openService()) {
            MigrateResult r = service.migrate();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("migrationsApplied", r.migrationsExecuted);
            out.put("schemaVersion", r.targetSchemaVersion == null ? r.initialSchemaVersion : r.targetSchemaVersion);
            Cli.print(spec.commandLine().getOut(), out);
            return Cli.OK;
        }
    }
}
