package org.pustaka.central;

/** The central catalog service's entry point: hands the arguments to the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("pustaka-central: no commands yet");
        System.exit(2);
    }
}
