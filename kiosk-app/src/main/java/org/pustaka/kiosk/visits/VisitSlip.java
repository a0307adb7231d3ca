package org.pustaka.kiosk.visits;

import org.pustaka.hardware.api.Receipt;
import org.pustaka.kiosk.events.IndonesianPhone;
import org.pustaka.kiosk.events.WhenText;

/** The printed slip of a school-visit booking: the code large and as a QR code, the slot and the group. */
public final class VisitSlip {

    private VisitSlip() {
    }

    public static Receipt of(VisitBooking v, String language, String libraryName) {
        boolean en = "en".equals(language);
        VisitRequest r = v.request();
        Receipt.Builder b = Receipt.builder().heading(libraryName)
                .centered(en ? "School visit booking" : "Pemesanan Kunjungan Sekolah").rule()
                .heading(v.code())
                .qr(v.code())
                .text(WhenText.of(v.slot().start(), v.slot().end(), language))
                .columns(en ? "Room" : "Ruang", v.slot().room())
                .columns(en ? "School" : "Sekolah", r.schoolName())
                .columns("NPSN", r.npsn())
                .columns(en ? "Teacher" : "Guru", r.teacherName())
                .columns(en ? "Phone" : "Telepon", IndonesianPhone.local(r.phone()))
                .columns(en ? "Students" : "Siswa", Integer.toString(r.students()))
                .columns(en ? "Grade" : "Kelas", r.grade().label().in(language))
                .columns("Status", status(v, en));
        if (!r.notes().isEmpty()) {
            b.text((en ? "Notes: " : "Catatan: ") + r.notes());
        }
        b.rule().text(en ? "Keep this code to look the booking up at the kiosk."
                : "Simpan kode ini untuk melihat pemesanan di kios.");
        return b.build();
    }

    static String status(VisitBooking v, boolean en) {
        return switch (v.status()) {
            case CONFIRMED -> en ? "Confirmed" : "Terkonfirmasi";
            case PENDING -> en ? "Pending (offline)" : "Menunggu (offline)";
            case REFUSED -> en ? "Slot taken: choose another" : "Jadwal penuh: pilih lain";
            case CANCELLED -> en ? "Cancelled" : "Dibatalkan";
        };
    }
}
