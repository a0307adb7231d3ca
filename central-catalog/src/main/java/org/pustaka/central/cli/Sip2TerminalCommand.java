package org.pustaka.central.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pustaka.central.CentralService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Creates a SIP2 terminal account (or sets a new password for one). The password is asked for, or read from
 * stdin when there is no terminal, never taken from the command line where {@code ps} would show it.
 */
@Command(name = "sip2-terminal", description = "Create a SIP2 terminal login, or set a new password for one.")
final class Sip2TerminalCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;
    @Option(names = "--login", required = true, paramLabel = "LOGIN", description = "The terminal's SIP2 user id (CN), e.g. SC-MLG-01")
    String login;
    @Option(names = "--location", paramLabel = "CODE", description = "The terminal's location code, shown in 98")
    String location;
    @Option(names = "--password", interactive = true, required = true, description = "The terminal's SIP2 password (CO); asked for, 8 to 64 characters")
    char[] password;

    @Override
    public Integer call() throws Exception {
        try (CentralService service = config.openService()) {
            service.migrate();
            service.terminals().save(login, new String(password), location);
            java.util.Arrays.fill(password, ' ');
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("sip2Terminal", login);
            out.put("location", location);
            Cli.print(spec.commandLine().getOut(), out);
            return Cli.OK;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Cli.BAD_INPUT;
        }
    }
}
