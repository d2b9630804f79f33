package org.examroom.documents;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes drawn as vector squares, so that they stay sharp at any printer's resolution. */
final class QrCode {

    private QrCode() {
    }

    /** Draws the text's QR code (error correction M, quiet zone of two modules) into a square at (x, y). */
    static void draw(Sheet sheet, String text, float x, float y, float size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + e.getMessage(), e);
        }
        int modules = matrix.getWidth();
        float module = size / modules;
        for (int row = 0; row < modules; row++) {
            int column = 0;
            while (column < modules) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules && matrix.get(column, row)) {
                    column++;
                }
                // Runs of dark modules as one rectangle: fewer operators, no hairline seams between squares.
                sheet.filled(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
    }
}
