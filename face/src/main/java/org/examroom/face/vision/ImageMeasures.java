package org.examroom.face.vision;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Brightness, contrast and sharpness of a frame or of the face in it. */
public final class ImageMeasures {

    /** Faces are measured at this size, so sharpness does not depend on how near the camera they are. */
    private static final Size FACE_SIZE = new Size(128, 128);

    private ImageMeasures() {
    }

    /** Light and contrast of a whole frame: a covered or dead camera gives a dark or flat frame. */
    public static Exposure exposure(Mat bgr) {
        Mat gray = gray(bgr);
        try {
            return exposureOfGray(gray);
        } finally {
            gray.release();
        }
    }

    /** Light, contrast and sharpness of the face's box (clipped to the image). */
    public static FaceImageQuality faceQuality(Mat bgr, DetectedFace face) {
        Box b = face.box();
        int x0 = clamp((int) Math.floor(b.x()), bgr.cols());
        int y0 = clamp((int) Math.floor(b.y()), bgr.rows());
        int x1 = clamp((int) Math.ceil(b.x() + b.width()), bgr.cols());
        int y1 = clamp((int) Math.ceil(b.y() + b.height()), bgr.rows());
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            return new FaceImageQuality(0, 0, 0);
        }
        Mat region = bgr.submat(new Rect(x0, y0, x1 - x0, y1 - y0));
        Mat gray = gray(region);
        Mat sized = new Mat();
        Mat laplacian = new Mat();
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble deviation = new MatOfDouble();
        try {
            Imgproc.resize(gray, sized, FACE_SIZE, 0, 0, Imgproc.INTER_AREA);
            Exposure exposure = exposureOfGray(sized);
            Imgproc.Laplacian(sized, laplacian, CvType.CV_64F);
            Core.meanStdDev(laplacian, mean, deviation);
            double sd = deviation.toArray()[0];
            return new FaceImageQuality(exposure.brightness(), exposure.contrast(), sd * sd);
        } finally {
            region.release();
            gray.release();
            sized.release();
            laplacian.release();
            mean.release();
            deviation.release();
        }
    }

    private static Exposure exposureOfGray(Mat gray) {
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble deviation = new MatOfDouble();
        try {
            Core.meanStdDev(gray, mean, deviation);
            return new Exposure(mean.toArray()[0], deviation.toArray()[0]);
        } finally {
            mean.release();
            deviation.release();
        }
    }

    private static Mat gray(Mat bgr) {
        Mat gray = new Mat();
        if (bgr.channels() == 1) {
            bgr.copyTo(gray);
        } else {
            Imgproc.cvtColor(bgr, gray, Imgproc.COLOR_BGR2GRAY);
        }
        return gray;
    }

    private static int clamp(int value, int limit) {
        return Math.max(0, Math.min(limit, value));
    }

    /** Mean grey level (0–255) and its standard deviation. */
    public record Exposure(double brightness, double contrast) {
    }

    /**
     * The face region's mean grey level (0–255), its standard deviation, and the variance of its
     * Laplacian at 128×128 (higher is sharper).
     */
    public record FaceImageQuality(double brightness, double contrast, double sharpness) {
    }
}
