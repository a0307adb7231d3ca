package org.pustaka.kiosk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sip2", description = "SIP2 probe: talk to a library's SIP2 server and print each response as JSON.")
public final class Sip2Command implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NotBuiltYet.say(spec.commandLine().getErr(), "sip2");
    }
}
