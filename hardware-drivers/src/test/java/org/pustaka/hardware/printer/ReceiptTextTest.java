package org.pustaka.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.Receipt;

class ReceiptTextTest {

    @Test
    void indentedTextKeepsItsIndentOnEveryWrappedLine() {
        assertThat(ReceiptText.wrap("  Bagian buku tidak lengkap; letakkan semua bagian", 20))
                .containsExactly("  Bagian buku tidak", "  lengkap; letakkan", "  semua bagian");
    }

    @Test
    void plainTextWrapsAtWordsAndCutsLongWords() {
        assertThat(ReceiptText.wrap("Laskar Pelangi oleh Andrea Hirata", 16))
                .containsExactly("Laskar Pelangi", "oleh Andrea", "Hirata");
        assertThat(ReceiptText.wrap("ABCDEFGHIJ", 4)).containsExactly("ABCD", "EFGH", "IJ");
        assertThat(ReceiptText.wrap("a\n\nb", 10)).containsExactly("a", "", "b");
    }

    @Test
    void columnsPutTheValueRightOrOnItsOwnLine() {
        Receipt r = Receipt.builder().columns("Laskar Pelangi", "12 Des 2026")
                .columns("Harry Potter dan Batu Bertuah", "12 Des 2026").build();
        assertThat(ReceiptText.lines(r, 32)).containsExactly(
                "Laskar Pelangi       12 Des 2026",
                "Harry Potter dan Batu Bertuah",
                "                     12 Des 2026");
    }

    @Test
    void headingIsLargeSoItCentersInHalfTheColumns() {
        assertThat(ReceiptText.lines(Receipt.builder().heading("ABCD").build(), 32)).containsExactly("      ABCD");
    }
}
