package org.pustaka.kiosk.booking.central;

import org.pustaka.kiosk.booking.Problem;

/** Sentences for answers from (or the absence of) the central catalog. */
public final class CentralText {

    private CentralText() {
    }

    public static Problem refusedByCatalog(String reason) {
        return Problem.from(Problem.WHOLE_REQUEST, "catalog.refused", reason);
    }

    public static Problem notYours() {
        return Problem.from(Problem.WHOLE_REQUEST, "signUp.notYours");
    }
}
