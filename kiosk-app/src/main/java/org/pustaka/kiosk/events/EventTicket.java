package org.pustaka.kiosk.events;

import org.pustaka.hardware.api.Receipt;

/**
 * The printed ticket of a sign-up, in the visitor's language: event, time, room, party, status and a QR
 * code holding the registration id, which staff scan at the door.
 */
public final class EventTicket {

    private EventTicket() {
    }

    public static Receipt of(Registration r, LibraryEvent e, String language, String libraryName) {
        boolean en = "en".equals(language);
        Receipt.Builder b = Receipt.builder().heading(libraryName).centered(en ? "Event ticket" : "Tiket acara").rule()
                .text(e.title().in(language))
                .text(WhenText.of(e.start(), e.end(), language))
                .columns(en ? "Room" : "Ruang", e.room())
                .columns(en ? "People" : "Jumlah orang", Integer.toString(r.partySize()))
                .columns("Status", status(r, en));
        if (r.registrant() instanceof Registrant.Guest g) {
            b.columns(en ? "Name" : "Nama", g.name());
        }
        b.rule().qr(r.id().toString()).centered(r.id().toString().substring(0, 8).toUpperCase());
        if (r.status() == RegistrationStatus.PENDING) {
            b.text(en ? "The network is down: your sign-up is saved and will be sent. Check it at the kiosk or with staff."
                    : "Jaringan terputus: pendaftaran Anda tersimpan dan akan dikirim. Cek di kios atau kepada petugas.");
        }
        return b.build();
    }

    static String status(Registration r, boolean en) {
        return switch (r.status()) {
            case CONFIRMED -> en ? "Confirmed" : "Terdaftar";
            case WAITLISTED -> (en ? "Waitlist no. " : "Daftar tunggu no. ") + r.waitlistPosition();
            case PENDING -> en ? "Pending (offline)" : "Menunggu (offline)";
            case CANCELLED -> en ? "Cancelled" : "Dibatalkan";
            case REFUSED -> en ? "Not accepted" : "Tidak diterima";
        };
    }
}
