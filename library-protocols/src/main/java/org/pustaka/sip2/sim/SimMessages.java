package org.pustaka.sip2.sim;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The simulated library's screen messages, in Bahasa Indonesia as a local library system would send
 * them. The kiosk never shows them raw: it recognises the reason and says it in the visitor's language.
 */
final class SimMessages {
    static final String UNKNOWN_PATRON = "Anggota tidak dikenal.";
    static final String WRONG_PIN = "PIN salah.";
    static final String CARD_EXPIRED = "Kartu anggota sudah kedaluwarsa. Perpanjang keanggotaan di meja layanan.";
    static final String TOO_MANY = "Terlalu banyak pinjaman (batas %d).";
    static final String UNKNOWN_ITEM = "Buku tidak dikenal.";
    static final String NOT_FOR_LOAN = "Buku referensi, tidak dapat dipinjam.";
    static final String ON_LOAN_TO_OTHER = "Buku sedang dipinjam anggota lain.";
    static final String ON_HOLD_FOR_OTHER = "Buku ini dipesan anggota lain.";
    static final String ALREADY_YOURS = "Buku ini sudah Anda pinjam; tanggal kembali tetap.";
    static final String CHECKED_OUT = "Peminjaman berhasil. Selamat membaca!";
    static final String ALL_PARTS = "Pastikan semua bagian ada: %s.";
    static final String RETURNED = "Terima kasih, buku sudah dikembalikan.";
    static final String NOT_ON_LOAN = "Buku ini tidak sedang dipinjam; tidak ada yang perlu dilakukan.";
    static final String TO_HOLD_SHELF = "Buku ini dipesan. Letakkan di rak pesanan.";
    static final String NOT_YOUR_LOAN = "Buku ini tidak sedang dipinjam oleh Anda.";
    static final String RENEWAL_LIMIT = "Perpanjangan sudah mencapai batas %d kali.";
    static final String RENEWED = "Perpanjangan berhasil.";
    static final String HOLDS_AT_DESK = "Pemesanan hanya di meja layanan.";
    static final String PAID = "Pembayaran diterima.";
    static final String BLOCKED = "Kartu diblokir: %s. Hubungi petugas.";
    static final String CARD_LOST = "kartu dilaporkan hilang";
    static final String PRIVILEGES_DENIED = "hak pinjam dicabut";

    private SimMessages() {
    }

    static String rupiah(long amount) {
        return "Rp " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID")).format(amount);
    }

    static String finesOverLimit(long fines, long limit) {
        return "Denda " + rupiah(fines) + " melebihi batas " + rupiah(limit) + ".";
    }

    static String finesOwed(long fines) {
        return "Denda Anda " + rupiah(fines) + ".";
    }
}
