package org.examroom.hardware.qr;

import java.util.Random;
import org.examroom.hardware.camera.FrameSize;
import org.examroom.hardware.camera.OpenCvNatives;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * A key slip as a camera sees it when an applicant holds it up: tilted (a perspective warp of a
 * random quadrilateral), on a textured background, unevenly lit, slightly out of focus and with
 * sensor noise. For the simulated camera, the QR tests and the QR benchmark; seeded, so repeatable.
 */
public final class SlipPhotos {

    private SlipPhotos() {
    }

    /** A BGR frame of the given size showing a slip whose QR code says {@code text}. */
    public static Mat photograph(String text, FrameSize size, long seed) {
        OpenCvNatives.load();
        Random random = new Random(seed);
        Core.setRNGSeed((int) seed);

        Mat slip = slip(text);
        Mat frame = background(size, random);

        double side = Math.min(size.width(), size.height()) * (0.45 + 0.2 * random.nextDouble());
        double angle = Math.toRadians(-25 + 50 * random.nextDouble());
        double cx = size.width() / 2.0 + (random.nextDouble() - 0.5) * (size.width() - side) * 0.6;
        double cy = size.height() / 2.0 + (random.nextDouble() - 0.5) * (size.height() - side) * 0.6;
        Point[] corners = new Point[4];
        double[][] unit = {{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}};
        for (int i = 0; i < 4; i++) {
            // each corner off its square place by up to 10 % of the side: the slip is tilted towards the camera
            double ux = unit[i][0] * side + (random.nextDouble() - 0.5) * 0.2 * side;
            double uy = unit[i][1] * side + (random.nextDouble() - 0.5) * 0.2 * side;
            corners[i] = new Point(cx + ux * Math.cos(angle) - uy * Math.sin(angle),
                    cy + ux * Math.sin(angle) + uy * Math.cos(angle));
        }
        MatOfPoint2f from = new MatOfPoint2f(new Point(0, 0), new Point(slip.cols(), 0),
                new Point(slip.cols(), slip.rows()), new Point(0, slip.rows()));
        MatOfPoint2f to = new MatOfPoint2f(corners);
        Mat warp = Imgproc.getPerspectiveTransform(from, to);
        Size frameSize = new Size(size.width(), size.height());

        Mat warped = new Mat();
        Imgproc.warpPerspective(slip, warped, warp, frameSize, Imgproc.INTER_LINEAR);
        Mat mask = new Mat();
        Mat paper = new Mat(slip.size(), CvType.CV_8UC1, new Scalar(255));
        Imgproc.warpPerspective(paper, mask, warp, frameSize, Imgproc.INTER_NEAREST);
        warped.copyTo(frame, mask);

        shade(frame, random);
        Imgproc.GaussianBlur(frame, frame, new Size(3, 3), 0.8);
        addNoise(frame, 10);

        for (Mat mat : new Mat[] {slip, warped, mask, paper, warp, from, to}) {
            mat.release();
        }
        return frame;
    }

    /** The printed slip: the QR code on white paper with a wide margin. */
    private static Mat slip(String text) {
        Mat code = QrCodes.render(text, 220);
        Mat slip = new Mat();
        Core.copyMakeBorder(code, slip, 20, 20, 20, 20, Core.BORDER_CONSTANT, new Scalar(245, 245, 245));
        code.release();
        return slip;
    }

    private static Mat background(FrameSize size, Random random) {
        Mat frame = new Mat(size.height(), size.width(), CvType.CV_8UC3);
        double base = 80 + 60 * random.nextDouble();
        Core.randu(frame, base - 35, base + 35);
        Imgproc.GaussianBlur(frame, frame, new Size(9, 9), 3);
        return frame;
    }

    /** Light falling off from one side: up to a third darker. */
    private static void shade(Mat frame, Random random) {
        Mat gradient = new Mat(frame.size(), CvType.CV_32FC3);
        boolean horizontal = random.nextBoolean();
        int steps = horizontal ? frame.cols() : frame.rows();
        for (int i = 0; i < steps; i++) {
            double gain = 1.0 - 0.33 * i / steps;
            Mat line = horizontal ? gradient.col(i) : gradient.row(i);
            line.setTo(new Scalar(gain, gain, gain));
        }
        Mat asFloat = new Mat();
        frame.convertTo(asFloat, CvType.CV_32FC3);
        Core.multiply(asFloat, gradient, asFloat);
        asFloat.convertTo(frame, CvType.CV_8UC3);
        asFloat.release();
        gradient.release();
    }

    private static void addNoise(Mat frame, double sigma) {
        Mat noise = new Mat(frame.size(), CvType.CV_16SC3);
        Core.randn(noise, 0, sigma);
        Mat wide = new Mat();
        frame.convertTo(wide, CvType.CV_16SC3);
        Core.add(wide, noise, wide);
        wide.convertTo(frame, CvType.CV_8UC3); // saturates at 0 and 255
        noise.release();
        wide.release();
    }
}
