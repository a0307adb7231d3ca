package org.pustaka.central.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCsvTest {

    @Test
    void startsWithTheUtf8ByteOrderMarkAndEndsLinesWithCrlf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventCsv.write(out, List.of("Nama", "Jumlah"), List.of(List.of("Siti Nurhaliza", "2")));
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("\"Nama\",\"Jumlah\"\r\n\"Siti Nurhaliza\",\"2\"\r\n");
    }

    @Test
    void quotesAreDoubledAndCommasAndLineBreaksStayInsideTheCell() {
        assertThat(EventCsv.cell("Budi \"Si Kancil\", Malang\nJatim")).isEqualTo("\"Budi \"\"Si Kancil\"\", Malang\nJatim\"");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertThat(EventCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(EventCsv.cell("+62812")).isEqualTo("\"'+62812\"");
        assertThat(EventCsv.cell("-1+1")).isEqualTo("\"'-1+1\"");
        assertThat(EventCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(EventCsv.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(EventCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void ordinaryTextAndEmptyCellsAreLeftAlone() {
        assertThat(EventCsv.cell("Dewi = guru")).isEqualTo("\"Dewi = guru\"");
        assertThat(EventCsv.cell("")).isEqualTo("\"\"");
        assertThat(EventCsv.cell(null)).isEqualTo("\"\"");
    }
}
