package org.pustaka.kiosk.events;

import org.pustaka.kiosk.booking.Problem;

/** Sentences the event desks, local and central, share. */
public final class EventDeskText {

    private EventDeskText() {
    }

    public static Problem noSuchEvent() {
        return Problem.of(Problem.WHOLE_REQUEST, "Acara ini tidak ada lagi di jadwal. Silakan pilih acara lain.",
                "This event is no longer on the programme. Please choose another event.");
    }

    static Problem notFound() {
        return Problem.of(Problem.WHOLE_REQUEST, "Pendaftaran ini tidak ditemukan. Tanyakan kepada petugas.",
                "This sign-up was not found. Please ask the staff.");
    }
}
