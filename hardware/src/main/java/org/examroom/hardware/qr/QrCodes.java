package org.examroom.hardware.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.examroom.hardware.camera.OpenCvNatives;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Draws QR codes as OpenCV images. */
public final class QrCodes {

    private QrCodes() {
    }

    /**
     * A black-on-white QR code of the text as a BGR image about {@code size} pixels square, with the
     * standard four-module quiet zone and error correction level M (15 %), which survives a creased slip.
     */
    public static Mat render(String text, int size) {
        OpenCvNatives.load();
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 4,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + e.getMessage(), e);
        }
        int width = modules.getWidth();
        int height = modules.getHeight();
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                byte level = modules.get(x, y) ? 0 : (byte) 255;
                int at = (y * width + x) * 3;
                pixels[at] = level;
                pixels[at + 1] = level;
                pixels[at + 2] = level;
            }
        }
        Mat image = new Mat(height, width, CvType.CV_8UC3);
        image.put(0, 0, pixels);
        return image;
    }
}
