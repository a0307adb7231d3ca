package org.pustaka.central.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pustaka.central.CentralService;
import org.pustaka.central.kiosks.Kiosks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates a one-time enrollment code for a kiosk id; the technician types it at the kiosk. */
@Command(name = "enroll-code", description = "Create a one-time enrollment code for a kiosk id.")
final class EnrollCodeCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;
    @Option(names = "--kiosk-id", required = true, paramLabel = "ID", description = "The kiosk's id (kiosk.id), e.g. MLG-01")
    String kioskId;

    @Override
    public Integer call() throws Exception {
        try (CentralService service = config.openService()) {
            Kiosks.IssuedCode code = service.kiosks().createCode(kioskId);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("kioskId", code.kioskId());
            out.put("enrollmentCode", code.code());
            out.put("expiresAt", code.expiresAt().toString());
            Cli.print(spec.commandLine().getOut(), out);
            spec.commandLine().getErr().println("On the kiosk run: kiosk enroll --url <service>/api/v1 --kiosk-id "
                    + code.kioskId() + " --code <the code above>. It works once, until " + code.expiresAt() + ".");
            return Cli.OK;
        }
    }
}
