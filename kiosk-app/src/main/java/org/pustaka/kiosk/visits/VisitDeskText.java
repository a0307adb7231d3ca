package org.pustaka.kiosk.visits;

import org.pustaka.kiosk.booking.Problem;

/** Sentences the visit desks share. */
public final class VisitDeskText {

    private VisitDeskText() {
    }

    public static Problem slotTaken() {
        return Problem.of("slotId", "Jadwal ini baru saja dipesan sekolah lain. Silakan pilih jadwal lain di bawah.",
                "This slot has just been booked by another school. Please choose another slot below.");
    }

    public static Problem noSuchSlot() {
        return Problem.of("slotId", "Jadwal ini tidak tersedia lagi. Silakan pilih jadwal lain.",
                "This slot is no longer offered. Please choose another slot.");
    }
}
