package org.examroom.hardware.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examroom.hardware.camera.Frame;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * QR decoding with ZXing on the frame's grey levels: OpenCV makes the grey image, ZXing reads it as
 * the luminance plane it is, so no {@code java.awt} image is involved.
 */
public final class ZxingQrScanner implements QrScanner {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.CHARACTER_SET, "UTF-8");

    @Override
    public Optional<String> decode(Frame frame) {
        Mat grey = new Mat();
        try {
            Imgproc.cvtColor(frame.image(), grey, Imgproc.COLOR_BGR2GRAY);
            int width = grey.cols();
            int height = grey.rows();
            byte[] luminance = new byte[width * height];
            grey.get(0, 0, luminance);
            var source = new PlanarYUVLuminanceSource(luminance, width, height, 0, 0, width, height, false);
            var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), HINTS);
            return Optional.of(result.getText());
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return Optional.empty(); // no code, or one too blurred or damaged to read: try the next frame
        } finally {
            grey.release();
        }
    }
}
