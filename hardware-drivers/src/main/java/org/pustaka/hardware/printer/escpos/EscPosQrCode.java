package org.pustaka.hardware.printer.escpos;

import java.io.ByteArrayOutputStream;

/**
 * The bytes of one centred QR code, written from the Epson ESC/POS reference for {@code GS ( k} with
 * cn = 49 ('1'): function 165 selects the model, 167 the module size, 169 the error correction level,
 * 180 stores the data and 181 prints it. Model 2 is n1 = 50 ('2'); escpos-coffee 4.1.0's
 * {@code QRModel._2} sends 49, which is Model 1, a symbol many phone scanners cannot read, so the
 * kiosk writes these commands itself.
 */
final class EscPosQrCode {
    static final int MODEL_2 = 50;
    /** Error correction level M (about 15 % of the symbol may be damaged). */
    static final int LEVEL_M = 49;

    private EscPosQrCode() {
    }

    /** The commands for {@code data} (already in the printer's code page), centred, then left alignment again. */
    static byte[] bytes(byte[] data, int moduleSize) {
        if (moduleSize < 1 || moduleSize > 16) {
            throw new IllegalArgumentException("QR module size must be 1 to 16 dots, got " + moduleSize);
        }
        if (data.length == 0 || data.length > 7089) {
            throw new IllegalArgumentException("QR data must be 1 to 7089 bytes, got " + data.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1B, 'a', 1});
        function(out, 65, MODEL_2, 0);
        function(out, 67, moduleSize);
        function(out, 69, LEVEL_M);
        int length = data.length + 3;
        out.writeBytes(new byte[] {0x1D, '(', 'k', (byte) (length & 0xFF), (byte) (length >> 8), 49, 80, 48});
        out.writeBytes(data);
        function(out, 81, 48);
        out.writeBytes(new byte[] {0x1B, 'a', 0});
        return out.toByteArray();
    }

    /** {@code GS ( k pL pH 49 fn params}: a QR function with its parameters. */
    private static void function(ByteArrayOutputStream out, int fn, int... params) {
        int length = params.length + 2;
        out.writeBytes(new byte[] {0x1D, '(', 'k', (byte) length, 0, 49, (byte) fn});
        for (int p : params) {
            out.write(p);
        }
    }
}
