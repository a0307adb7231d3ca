package org.pustaka.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitCsvTest {

    @Test
    void startsWithAByteOrderMarkAndEndsLinesWithCrLf() {
        String csv = new VisitCsv().row(List.of("Sekolah", "Siswa")).row(List.of("SDN Kauman 1", "25")).toString();
        assertThat(csv.getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv).isEqualTo("\uFEFFSekolah,Siswa\r\nSDN Kauman 1,25\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(VisitCsv.cell("SD \"Harapan\", Malang")).isEqualTo("\"SD \"\"Harapan\"\", Malang\"");
        assertThat(VisitCsv.cell("baris\nkedua")).isEqualTo("\"baris\nkedua\"");
        assertThat(VisitCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(VisitCsv.cell(null)).isEmpty();
        assertThat(VisitCsv.cell("Sekolah Dasar Ø")).isEqualTo("Sekolah Dasar Ø");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasStayText() {
        assertThat(VisitCsv.cell("=HYPERLINK(\"http://x\",\"klik\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"");
        assertThat(VisitCsv.cell("+62 812")).isEqualTo("'+62 812");
        assertThat(VisitCsv.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(VisitCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(VisitCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(VisitCsv.cell("SD = baik")).isEqualTo("SD = baik");
    }
}
