package org.pustaka.kiosk.cli;

import java.io.PrintWriter;

/** Says plainly that a reserved command is not built yet, instead of pretending. */
final class NotBuiltYet {
    private NotBuiltYet() {
    }

    static int say(PrintWriter err, String command) {
        err.println("'kiosk " + command + "' is reserved but not built yet in this version.");
        err.flush();
        return ExitCodes.FAILURE;
    }
}
