package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Canvas;
import java.awt.Font;
import java.awt.FontMetrics;
import org.junit.jupiter.api.Test;

class ActivityTileTest {
    private final FontMetrics fm = new Canvas().getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, 28));

    @Test
    void aNameThatFitsStaysOnOneLine() {
        assertThat(ActivityTile.fit("Pinjam", 300, fm)).isEqualTo("Pinjam");
        assertThat(ActivityTile.fit("Kunjungan Sekolah", fm.stringWidth("Kunjungan Sekolah"), fm))
                .isEqualTo("Kunjungan Sekolah");
    }

    @Test
    void aNameTooWideIsBrokenAtTheSpaceThatKeepsTheLongerLineShortest() {
        int room = fm.stringWidth("Kunjungan Sekolah") - 1;
        assertThat(ActivityTile.fit("Kunjungan Sekolah", room, fm))
                .isEqualTo("<html><center>Kunjungan<br>Sekolah</center></html>");
        assertThat(ActivityTile.fit("Diskusi Buku Bulanan Kota", fm.stringWidth("Diskusi Buku") + 5, fm))
                .isEqualTo("<html><center>Diskusi Buku<br>Bulanan Kota</center></html>");
    }

    @Test
    void oneLongWordOrNoRoomYetIsLeftAsItIsAndMarkupIsEscaped() {
        assertThat(ActivityTile.fit("Perpanjangan", 10, fm)).isEqualTo("Perpanjangan");
        assertThat(ActivityTile.fit("Kunjungan Sekolah", 0, fm)).isEqualTo("Kunjungan Sekolah");
        assertThat(ActivityTile.fit("A<b> & C", 5, fm)).contains("&lt;b&gt;", "&amp;");
    }
}
