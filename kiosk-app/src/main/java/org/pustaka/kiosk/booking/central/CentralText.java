package org.pustaka.kiosk.booking.central;

import org.pustaka.kiosk.booking.Problem;

/** Sentences for answers from (or the absence of) the central catalog. */
public final class CentralText {

    private CentralText() {
    }

    public static Problem refusedByCatalog(String reason) {
        return Problem.of(Problem.WHOLE_REQUEST,
                "Pusat katalog perpustakaan tidak menerima pendaftaran ini (" + reason + "). Tanyakan kepada petugas.",
                "The library's central catalog did not accept this (" + reason + "). Please ask the staff.");
    }

    static Problem cannotCancelOffline() {
        return Problem.of(Problem.WHOLE_REQUEST,
                "Pembatalan belum bisa dilakukan karena jaringan terputus. Coba lagi nanti atau hubungi petugas.",
                "The sign-up cannot be cancelled now because the network is down. Try again later or ask the staff.");
    }

    public static Problem notYours() {
        return Problem.of(Problem.WHOLE_REQUEST, "Pendaftaran ini tidak ditemukan pada kartu Anda. Tanyakan kepada petugas.",
                "This sign-up is not on your card. Please ask the staff.");
    }
}
