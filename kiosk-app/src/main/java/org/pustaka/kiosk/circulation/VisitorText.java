package org.pustaka.kiosk.circulation;

import org.pustaka.kiosk.library.RefusalReason;

/**
 * The sentences a visitor reads for each refusal and each item instruction, in Bahasa Indonesia
 * ({@code id}) or English ({@code en}); any other language gets Indonesian, the kiosk's first language.
 */
public final class VisitorText {

    private VisitorText() {
    }

    public static String refusal(RefusalReason reason, String language) {
        boolean en = "en".equals(language);
        return switch (reason) {
            case UNKNOWN_PATRON -> en ? "This card is not known to the library. Please ask at the desk."
                    : "Kartu ini tidak dikenal perpustakaan. Silakan bertanya ke petugas.";
            case WRONG_PIN -> en ? "The PIN does not match this card. Please try again."
                    : "PIN tidak cocok dengan kartu ini. Silakan coba lagi.";
            case PATRON_BLOCKED -> en ? "This card is blocked. Please see the staff at the desk."
                    : "Kartu ini diblokir. Silakan temui petugas di meja layanan.";
            case CARD_EXPIRED -> en ? "This card has expired. Please renew it at the desk."
                    : "Masa berlaku kartu ini sudah habis. Silakan perpanjang di meja layanan.";
            case TOO_MANY_ITEMS -> en ? "You have as many books on loan as allowed. Return some to borrow more."
                    : "Jumlah pinjaman Anda sudah mencapai batas. Kembalikan dulu untuk meminjam lagi.";
            case FINES_TOO_HIGH -> en ? "Your fines are over the limit for borrowing. Please pay them at the desk."
                    : "Denda Anda melebihi batas untuk meminjam. Silakan bayar di meja layanan.";
            case ITEM_UNKNOWN -> en ? "The library does not know this item. Please give it to the staff."
                    : "Buku ini tidak dikenal perpustakaan. Silakan serahkan ke petugas.";
            case ITEM_NOT_FOR_LOAN -> en ? "This item is for reading in the library only."
                    : "Buku ini hanya untuk dibaca di perpustakaan.";
            case ITEM_NOT_IN_CIRCULATION -> en ? "This item is not lent out (its tag marks it as new stock or"
                    + " withdrawn). Please give it to the staff."
                    : "Buku ini tidak dipinjamkan (tagnya menandainya sebagai buku baru atau sudah dikeluarkan)."
                    + " Silakan serahkan ke petugas.";
            case ITEM_ON_HOLD_FOR_ANOTHER -> en ? "This item is reserved for another visitor."
                    : "Buku ini sudah dipesan pengunjung lain.";
            case ITEM_ALREADY_ON_LOAN -> en ? "This item is already on loan. Please give it to the staff."
                    : "Buku ini tercatat sedang dipinjam. Silakan serahkan ke petugas.";
            case ITEM_NOT_ON_LOAN -> en ? "This item is not on loan, so it cannot be returned."
                    : "Buku ini tidak sedang dipinjam, jadi tidak bisa dikembalikan.";
            case RENEWAL_LIMIT_REACHED -> en ? "This loan has been renewed as often as allowed."
                    : "Pinjaman ini sudah diperpanjang sebanyak batasnya.";
            case RENEWAL_NOT_ALLOWED -> en ? "This loan cannot be renewed." : "Pinjaman ini tidak bisa diperpanjang.";
            case RENEWAL_TOO_SOON -> en ? "You borrowed this book today; it can be renewed from tomorrow."
                    : "Buku ini baru Anda pinjam hari ini; perpanjang mulai besok.";
            case PARTS_MISSING -> en ? "Put every part of this item on the pad (for example the book and its CD)."
                    : "Letakkan semua bagian buku ini di atas pad (misalnya buku dan CD-nya).";
            case OFFLINE_NOT_ALLOWED -> en ? "The library system is not reachable and this cannot be done offline."
                    : "Sistem perpustakaan tidak terhubung dan ini tidak bisa dilakukan secara offline.";
            case OFFLINE_LIMIT_REACHED -> en ? "No more items can be taken while the library system is offline."
                    : "Tidak bisa menerima buku lagi selama sistem perpustakaan offline.";
            case OTHER -> en ? "The library said no. Please ask at the desk."
                    : "Perpustakaan menolak. Silakan bertanya ke petugas.";
        };
    }

    public static String outcome(ItemOutcome o, String language) {
        boolean en = "en".equals(language);
        return switch (o.result()) {
            case DONE -> switch (o.instruction()) {
                case HOLD_SHELF -> en ? "Returned. Please put this item on the hold shelf."
                        : "Dikembalikan. Letakkan buku ini di rak pesanan.";
                case SORT_BIN -> en ? "Returned. Please put this item in bin " + o.sortBin() + "."
                        : "Dikembalikan. Letakkan buku ini di kotak " + o.sortBin() + ".";
                case STAFF -> en ? "Returned. Please give this item to the staff."
                        : "Dikembalikan. Serahkan buku ini ke petugas.";
                case NONE -> en ? "Done." : "Selesai.";
            };
            case DONE_OFFLINE -> en ? "Recorded offline; the library system will be told as soon as it is back."
                    : "Dicatat secara offline; sistem perpustakaan akan diberi tahu begitu tersambung kembali.";
            case REFUSED -> refusal(o.refusal() == null ? RefusalReason.OTHER : o.refusal().reason(), language);
            case SEE_STAFF -> en ? "This item could not be completed. Please show it to the staff."
                    : "Buku ini belum bisa diproses. Silakan tunjukkan ke petugas.";
        };
    }
}
