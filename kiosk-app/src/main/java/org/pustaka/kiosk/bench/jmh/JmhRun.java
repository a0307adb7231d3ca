package org.pustaka.kiosk.bench.jmh;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the benchmarks of this package with JMH's own command-line arguments (for example
 * {@code -f 1 -wi 2 -i 3 Tag}); with no benchmark pattern given, all of this package run. JMH's report
 * goes to {@code report}; the result is the score (operations per second) per benchmark method.
 */
public final class JmhRun {
    private static final String PACKAGE = JmhRun.class.getPackageName() + ".";

    private JmhRun() {
    }

    public static Map<String, Long> run(List<String> jmhArgs, PrintStream report)
            throws CommandLineOptionException, RunnerException {
        List<String> args = new ArrayList<>(jmhArgs);
        if (!namesBenchmarks(args)) {
            args.add(PACKAGE.replace(".", "\\.") + ".*");
        }
        CommandLineOptions options = new CommandLineOptions(args.toArray(String[]::new));
        Map<String, Long> scores = new LinkedHashMap<>();
        for (RunResult r : new Runner(options, OutputFormatFactory.createFormatInstance(report, VerboseMode.NORMAL)).run()) {
            scores.put(r.getParams().getBenchmark().replace(PACKAGE, ""), Math.round(r.getPrimaryResult().getScore()));
        }
        return scores;
    }

    /** Whether an argument is a benchmark pattern: not an option and not the value of the option before it. */
    private static boolean namesBenchmarks(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean valueOfOption = i > 0 && args.get(i - 1).startsWith("-") && !args.get(i - 1).contains("=");
            if (!a.startsWith("-") && !valueOfOption) {
                return true;
            }
        }
        return false;
    }
}
