package org.pustaka.kiosk.cli;

/** The CLI contract: 0 success, 1 failure, 2 bad input (with a sentence on stderr). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
