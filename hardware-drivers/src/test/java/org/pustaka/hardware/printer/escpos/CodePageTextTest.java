package org.pustaka.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CodePageTextTest {
    private final CodePageText cp858 = new CodePageText(EscPosCodePage.CP858.charset());

    @Test
    void indonesianAndWesternAccentsStay() {
        assertThat(cp858.fit("Antoine de Saint-Exupéry")).isEqualTo("Antoine de Saint-Exupéry");
        assertThat(cp858.fit("Rp 7.500 Kamus Besar")).isEqualTo("Rp 7.500 Kamus Besar");
    }

    @Test
    void lettersOutsideTheCodePageBecomeTheirBaseLetter() {
        assertThat(cp858.fit("Łódź Ő “kutip” – …")).isEqualTo("Lódz O \"kutip\" - .");
        assertThat(cp858.fit("图书")).isEqualTo("??");
    }

    @Test
    void controlCharactersNeverReachThePrinter() {
        assertThat(cp858.fit("a\u001B@b\tc")).isEqualTo("a?@b c");
    }

    @Property(tries = 2000)
    void lengthIsKeptAndEveryCharacterEncodes(@ForAll String any) {
        String fitted = cp858.fit(any);
        assertThat(fitted).hasSameSizeAs(any);
        assertThat(EscPosCodePage.CP858.charset().newEncoder().canEncode(fitted)).isTrue();
    }
}
