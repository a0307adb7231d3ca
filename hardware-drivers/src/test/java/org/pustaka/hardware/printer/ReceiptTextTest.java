package org.pustaka.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.Receipt;

class ReceiptTextTest {

    @Test
    void laysOutAReceiptAtThePaperWidth() {
        Receipt r = Receipt.builder()
                .centered("PERPUSTAKAAN")
                .rule()
                .columns("Laskar Pelangi", "12-12-2026")
                .text("Terima kasih telah berkunjung ke Perpustakaan Kota Malang")
                .build();
        List<String> lines = ReceiptText.lines(r, 32);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(32));
        assertThat(lines).containsSubsequence(
                "          PERPUSTAKAAN",
                "--------------------------------",
                "Laskar Pelangi        12-12-2026",
                "Terima kasih telah berkunjung ke",
                "Perpustakaan Kota Malang");
    }

    @Test
    void aLongTitleWrapsAndTheDueDateStaysRightAligned() {
        List<String> lines = ReceiptText.columns("Ronggeng Dukuh Paruk: Catatan Buat Emak", "12-12-2026", 32);
        assertThat(lines).containsExactly("Ronggeng Dukuh Paruk: Catatan", "Buat Emak", "                      12-12-2026");
    }

    @Test
    void wordsLongerThanTheLineAreCut() {
        assertThat(ReceiptText.wrap("ABCDEFGHIJ", 4)).containsExactly("ABCD", "EFGH", "IJ");
    }
}
