package org.pustaka.central;

import org.pustaka.central.cli.Cli;

/** The central catalog service's entry point: hands the arguments to the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
