package org.pustaka.kiosk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.pustaka.kiosk.bench.jmh.JmhRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

@Command(name = "jmh", description = "JMH benchmarks of the SIP2 codec and the tag codec (messages and tags per second);"
        + " arguments go to JMH as they are, e.g. 'kiosk bench jmh -f 1 -i 3 Tag'.")
public final class BenchJmhCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> jmhArgs = new ArrayList<>();

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            Map<String, Object> out = new LinkedHashMap<>(JmhRun.run(jmhArgs, System.err));
            out.put("unit", "operations per second; one operation is one SIP2 message or one tag");
            Json.print(spec.commandLine().getOut(), out);
            return ExitCodes.OK;
        } catch (CommandLineOptionException e) {
            return ExitCodes.badInput(err, "JMH did not understand the arguments: " + e.getMessage());
        } catch (RunnerException e) {
            return ExitCodes.failure(err, "The JMH benchmarks could not run: " + e.getMessage());
        }
    }
}
