package org.pustaka.central.circulation;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The sentences circulation says to a visitor, in Bahasa Indonesia and English. The reasons are SLiMS's own
 * desk reasons ("Loan Limit Reached", "This Item is reserved by another member"...), worded for a visitor
 * at a kiosk, who needs to know what to do next.
 */
final class Texts {

    private Texts() {
    }

    static Refusal refusal(RefusalCode code) {
        return new Refusal(code, sentence(code));
    }

    private static Sentence sentence(RefusalCode code) {
        return switch (code) {
            case UNKNOWN_PATRON -> new Sentence("Nomor anggota ini tidak terdaftar. Silakan tanya petugas.",
                    "This member number is not registered. Please ask a librarian.");
            case WRONG_PIN -> new Sentence("PIN tidak cocok. Coba lagi, atau minta petugas mengatur ulang kata sandi OPAC Anda.",
                    "The PIN does not match. Try again, or ask a librarian to reset your OPAC password.");
            case PATRON_BLOCKED -> new Sentence("Keanggotaan Anda masih menunggu persetujuan, jadi belum boleh meminjam. Silakan ke meja petugas.",
                    "Your membership is still pending, so you cannot borrow yet. Please see a librarian.");
            case CARD_EXPIRED -> new Sentence("Peminjaman tidak diizinkan: keanggotaan Anda sudah habis masa berlakunya. Perpanjang di meja petugas.",
                    "Loan not permitted: your membership has expired. Renew it at the desk.");
            case TOO_MANY_ITEMS -> new Sentence("Batas jumlah pinjaman Anda sudah tercapai. Kembalikan buku lain dulu.",
                    "You have reached your loan limit. Return another item first.");
            case FINES_TOO_HIGH -> new Sentence("Denda Anda terlalu besar untuk meminjam. Silakan bayar di meja petugas.",
                    "Your fines are too high to borrow. Please pay at the desk.");
            case ITEM_UNKNOWN -> new Sentence("Buku ini tidak terdaftar di katalog. Serahkan ke petugas.",
                    "This item is not registered in the catalogue. Please hand it to a librarian.");
            case ITEM_NOT_FOR_LOAN -> new Sentence("Buku ini tidak boleh dipinjam; silakan baca di perpustakaan.",
                    "This item may not be borrowed; please read it in the library.");
            case ITEM_ON_HOLD_FOR_ANOTHER -> new Sentence("Buku ini sudah dipesan anggota lain. Serahkan ke petugas.",
                    "This item is reserved by another member. Please hand it to a librarian.");
            case ITEM_ALREADY_ON_LOAN -> new Sentence("Buku ini tercatat sedang dipinjam. Serahkan ke petugas.",
                    "This item is recorded as on loan. Please hand it to a librarian.");
            case ITEM_NOT_ON_LOAN -> new Sentence("Buku ini tidak sedang Anda pinjam.",
                    "This item is not on loan to you.");
            case RENEWAL_LIMIT_REACHED -> new Sentence("Buku ini sudah diperpanjang sebanyak yang diizinkan. Kembalikan tepat waktu.",
                    "This loan has been renewed as often as allowed. Please return it on time.");
            case RENEWAL_NOT_ALLOWED -> new Sentence("Pinjaman ini sudah diperpanjang atau dikembalikan hari ini; coba lagi besok.",
                    "This loan was already renewed or returned today; try again tomorrow.");
        };
    }

    static Sentence fineCharged(long amount) {
        String id = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID")).format(amount);
        String en = NumberFormat.getIntegerInstance(Locale.UK).format(amount);
        return new Sentence("Denda keterlambatan Rp " + id + " dicatat. Bayar di meja petugas.",
                "An overdue fine of IDR " + en + " was recorded. Please pay at the desk.");
    }

    static Sentence holdShelf() {
        return new Sentence("Buku ini dipesan anggota lain: taruh di rak pesanan.",
                "Another member has reserved this item: put it on the hold shelf.");
    }

    static Sentence alreadyYours() {
        return new Sentence("Buku ini sudah tercatat Anda pinjam.", "This item is already on loan to you.");
    }
}
