package org.examroom.terminal.screen.photos;

import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * One frame of the live preview as plain pixels (8-bit BGRA, rows top to bottom), so the view model needs no
 * toolkit and the view writes it straight into an image.
 */
public record PreviewFrame(int width, int height, byte[] bgra) {

    /** The pixels of a BGR camera frame. */
    public static PreviewFrame of(Mat bgr) {
        Mat bgraMat = new Mat();
        try {
            Imgproc.cvtColor(bgr, bgraMat, Imgproc.COLOR_BGR2BGRA);
            byte[] pixels = new byte[(int) (bgraMat.total() * bgraMat.channels())];
            bgraMat.get(0, 0, pixels);
            return new PreviewFrame(bgraMat.cols(), bgraMat.rows(), pixels);
        } finally {
            bgraMat.release();
        }
    }
}
