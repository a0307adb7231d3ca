package org.pustaka.kiosk.circulation;

/**
 * The sentences the journal keeps for staff when an item needs them, in Bahasa Indonesia and then
 * English in one text (the journal is read in diagnostics, in the log and in exports alike).
 */
final class StaffNotes {
    private StaffNotes() {
    }

    static String replayOnLoanToAnother(boolean checkout) {
        return checkout
                ? both("Pinjaman offline tidak dikirim: sistem perpustakaan mencatat buku ini dipinjam anggota lain."
                        + " Buku tetap tercatat pada anggota itu; periksa bukunya dan selesaikan pinjamannya.",
                "The offline loan was not sent: the library shows this item on loan to another member. It stays"
                        + " on that member's account; check the item and settle the loan.")
                : both("Pengembalian offline tidak dikirim: sistem perpustakaan mencatat buku ini dipinjam anggota"
                        + " lain, bukan yang tercatat di kiosk. Periksa bukunya dan selesaikan pinjamannya.",
                "The offline return was not sent: the library shows this item on loan to another member than"
                        + " the kiosk recorded. Check the item and settle the loan.");
    }

    static String recoveredOnLoanToAnother() {
        return both("Setelah kiosk dinyalakan ulang, sistem perpustakaan mencatat buku ini dipinjam anggota lain;"
                        + " tag tidak diubah. Periksa bukunya dan pinjaman itu.",
                "After a restart the library shows this item on loan to another member; the tag was left as"
                        + " it was. Check the item and that loan.");
    }

    static String replayRefused(String kind, String reason, String message) {
        String said = message.isEmpty() ? "" : " (" + message + ")";
        return both("Langkah offline (" + kind + ") ditolak sistem perpustakaan: " + reason + said
                        + ". Petugas perlu menyelesaikannya.",
                "Offline " + kind + " refused by the library: " + reason + said + ". Staff must settle it.");
    }

    private static String both(String id, String en) {
        return id + " / " + en;
    }
}
