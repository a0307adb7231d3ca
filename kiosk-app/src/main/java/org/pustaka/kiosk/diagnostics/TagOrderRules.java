package org.pustaka.kiosk.diagnostics;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks a {@link TagOrder} before the reader is touched, with refusals the technician reads in Bahasa
 * Indonesia and English. The codec checks the same limits again with English sentences only; these
 * come first so the screen never shows those.
 */
final class TagOrderRules {
    static final int ITEM_ID_BYTES = 16;
    static final int ISIL_SHORT_TAG = 9;

    private TagOrderRules() {
    }

    /** The refusal for this order, or empty when it may be written on any library tag (32 bytes or more). */
    static Optional<String> refusal(TagOrder o) {
        int bytes = o.itemId().getBytes(StandardCharsets.UTF_8).length;
        if (o.itemId().isEmpty()) {
            return Optional.of("Isi nomor barang (ID barang) dulu. / Enter the item id first.");
        }
        if (bytes > ITEM_ID_BYTES || !o.itemId().matches("[\\x21-\\x7E]+")) {
            return Optional.of("Nomor barang '" + o.itemId() + "' tidak bisa ditulis: paling banyak 16 huruf atau "
                    + "angka tanpa spasi. / The item id '" + o.itemId() + "' cannot be written: at most 16 letters "
                    + "or digits without spaces.");
        }
        if (o.partsInItem() < 1 || o.partsInItem() > 255) {
            return Optional.of("Jumlah bagian harus 1 sampai 255, bukan " + o.partsInItem() + ". / The number of "
                    + "parts must be 1 to 255, not " + o.partsInItem() + ".");
        }
        if (o.partNumber() < 1 || o.partNumber() > o.partsInItem()) {
            return Optional.of("Nomor bagian harus 1 sampai " + o.partsInItem() + ", bukan " + o.partNumber()
                    + ". / The part number must be 1 to " + o.partsInItem() + ", not " + o.partNumber() + ".");
        }
        if (!o.country().isEmpty() && !o.country().matches("[A-Z]{2}")) {
            return Optional.of("Kode negara pemilik harus dua huruf (misalnya ID), bukan '" + o.country()
                    + "'. / The owner's country must be two letters (such as ID), not '" + o.country() + "'.");
        }
        if (!o.isil().matches("[\\x21-\\x7E]{0," + ISIL_SHORT_TAG + "}")) {
            return Optional.of("ISIL perpustakaan pemilik paling banyak " + ISIL_SHORT_TAG + " huruf atau angka "
                    + "tanpa spasi, bukan '" + o.isil() + "'. / The owner library's ISIL holds at most "
                    + ISIL_SHORT_TAG + " letters or digits without spaces, not '" + o.isil() + "'.");
        }
        return Optional.empty();
    }
}
