package org.pustaka.hardware.printer.escpos;

import com.github.anastaciocintra.escpos.EscPos;
import java.nio.charset.Charset;

/**
 * The printer code pages the kiosk selects with {@code ESC t n}. CP858 (PC858, table 19 on Epson and
 * most compatible printers) is the default: it holds every letter Indonesian uses plus the Western
 * European accents met in titles and authors' names. WPC1252 (table 16) is the alternative for
 * printers without PC858.
 */
public enum EscPosCodePage {
    CP858(EscPos.CharacterCodeTable.CP858_Euro, "IBM00858"),
    WPC1252(EscPos.CharacterCodeTable.WPC1252, "windows-1252");

    private final EscPos.CharacterCodeTable table;
    private final String javaCharset;

    EscPosCodePage(EscPos.CharacterCodeTable table, String javaCharset) {
        this.table = table;
        this.javaCharset = javaCharset;
    }

    EscPos.CharacterCodeTable table() {
        return table;
    }

    /** The table number sent with {@code ESC t}. */
    public int tableNumber() {
        return table.value;
    }

    public Charset charset() {
        return Charset.forName(javaCharset);
    }
}
