package org.examroom.hardware.camera;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Image conversions shared by the cameras. */
final class Frames {

    private Frames() {
    }

    /**
     * The image as 8-bit BGR at exactly the given size, scaled to fit with its aspect kept and black
     * bars around it: a face must not be stretched on its way to the face check. A new image, always.
     */
    static Mat fitted(Mat source, FrameSize size) {
        Mat bgr = toBgr(source);
        if (bgr.cols() == size.width() && bgr.rows() == size.height()) {
            return bgr == source ? source.clone() : bgr; // the caller owns the result and may release the source
        }
        double scale = Math.min((double) size.width() / bgr.cols(), (double) size.height() / bgr.rows());
        int width = Math.max(1, (int) Math.round(bgr.cols() * scale));
        int height = Math.max(1, (int) Math.round(bgr.rows() * scale));
        Mat scaled = new Mat();
        Imgproc.resize(bgr, scaled, new Size(width, height), 0, 0, scale < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
        Mat framed = new Mat(size.height(), size.width(), CvType.CV_8UC3, new Scalar(0, 0, 0));
        int x = (size.width() - width) / 2;
        int y = (size.height() - height) / 2;
        scaled.copyTo(framed.submat(new Rect(x, y, width, height)));
        if (bgr != source) {
            bgr.release();
        }
        scaled.release();
        return framed;
    }

    private static Mat toBgr(Mat source) {
        Mat eight = source;
        if (source.depth() != CvType.CV_8U) {
            eight = new Mat();
            Core.normalize(source, eight, 0, 255, Core.NORM_MINMAX, CvType.CV_8U);
        }
        Mat bgr = switch (eight.channels()) {
            case 3 -> eight;
            case 1 -> convert(eight, Imgproc.COLOR_GRAY2BGR);
            case 4 -> convert(eight, Imgproc.COLOR_BGRA2BGR);
            default -> throw new IllegalArgumentException("An image with " + eight.channels() + " channels is not a picture");
        };
        if (eight != source && eight != bgr) {
            eight.release();
        }
        return bgr;
    }

    private static Mat convert(Mat source, int code) {
        Mat converted = new Mat();
        Imgproc.cvtColor(source, converted, code);
        return converted;
    }
}
