package org.pustaka.hardware.printer.escpos;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.api.ReceiptLine;
import org.pustaka.hardware.printer.ReceiptText;

/**
 * Turns a {@link Receipt} into ESC/POS bytes: initialise, select the code page, then every line as
 * {@link ReceiptText} lays it out (already padded for its alignment, so the paper and the golden text
 * agree character for character), QR codes (Model 2) with {@code GS ( k} centred by the printer, a feed past the
 * cutter and a partial cut. Pure: the same receipt gives the same bytes.
 */
public final class EscPosReceiptEncoder {
    /** Lines fed after the last line so that it clears the cutter. */
    public static final int FEED_BEFORE_CUT = 4;
    private static final int QR_MODULE_SIZE = 6;

    private final int columns;
    private final EscPosCodePage codePage;
    private final CodePageText text;

    public EscPosReceiptEncoder(int columns, EscPosCodePage codePage) {
        if (columns != 32 && columns != 48) {
            throw new IllegalArgumentException("columns must be 32 (58 mm) or 48 (80 mm), got " + columns);
        }
        this.columns = columns;
        this.codePage = codePage;
        this.text = new CodePageText(codePage.charset());
    }

    public byte[] encode(Receipt receipt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            EscPos escpos = new EscPos(bytes);
            escpos.initializePrinter();
            escpos.setCharacterCodeTable(codePage.table());
            for (ReceiptLine line : receipt.lines()) {
                write(escpos, line);
            }
            escpos.feed(FEED_BEFORE_CUT);
            escpos.cut(EscPos.CutMode.PART);
            escpos.flush();
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail; this would be a bug in the encoder
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void write(EscPos escpos, ReceiptLine line) throws IOException {
        if (line instanceof ReceiptLine.Qr q) {
            byte[] qr = EscPosQrCode.bytes(text.fit(q.payload()).getBytes(codePage.charset()), QR_MODULE_SIZE);
            escpos.write(qr, 0, qr.length);
            escpos.feed(1);
            return;
        }
        Style style = new Style();
        if (line instanceof ReceiptLine.Text t) {
            style.setBold(t.bold());
            if (t.large()) {
                style.setFontSize(Style.FontSize._2, Style.FontSize._2);
            }
        }
        for (String laidOut : ReceiptText.layout(line, columns)) {
            escpos.writeLF(style, text.fit(laidOut));
        }
    }
}
