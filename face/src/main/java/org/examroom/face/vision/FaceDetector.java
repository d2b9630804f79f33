package org.examroom.face.vision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.FaceDetectorYN;

/**
 * YuNet through {@link FaceDetectorYN}. Frames are shrunk so the longer side is at most 640 px first:
 * YuNet is trained on faces of about 10–300 px and misses larger ones at full resolution. Boxes and
 * landmarks come back in the caller's pixels. Not thread-safe: one detector per thread.
 */
public final class FaceDetector implements AutoCloseable {

    /** The longest side YuNet sees by default. */
    public static final int MAX_SIDE = 640;

    private final FaceDetectorYN yunet;
    private final float minScore;
    private final int maxSide;
    private Size inputSize = new Size(0, 0);

    /**
     * @param minScore the lowest score to report; callers split the results further (e.g. 0.9 to count
     *                 people, lower to notice a partly covered face)
     */
    public FaceDetector(Path model, double minScore) {
        this(model, minScore, MAX_SIDE);
    }

    /**
     * @param maxSide frames are shrunk so their longer side is at most this (never above 640: YuNet misses
     *                large faces); smaller is faster and loses the smallest faces
     */
    public FaceDetector(Path model, double minScore, int maxSide) {
        if (maxSide < 80 || maxSide > MAX_SIDE) {
            throw new IllegalArgumentException("maxSide must be from 80 to " + MAX_SIDE + ": " + maxSide);
        }
        OpenCvNatives.load();
        this.minScore = (float) minScore;
        this.maxSide = maxSide;
        this.yunet = FaceDetectorYN.create(model.toString(), "", new Size(320, 320), this.minScore, 0.3f, 50);
    }

    /** Faces in a BGR image, most confident first. */
    public synchronized List<DetectedFace> detect(Mat bgr) {
        if (bgr.empty()) {
            return List.of();
        }
        double scale = Math.min(1.0, (double) maxSide / Math.max(bgr.cols(), bgr.rows()));
        Mat input = bgr;
        Mat resized = null;
        if (scale < 1.0) {
            resized = new Mat();
            Imgproc.resize(bgr, resized, new Size(Math.round(bgr.cols() * scale), Math.round(bgr.rows() * scale)),
                    0, 0, Imgproc.INTER_AREA);
            input = resized;
        }
        Mat rows = new Mat();
        try {
            Size size = input.size();
            if (!size.equals(inputSize)) {
                yunet.setInputSize(size);
                inputSize = size;
            }
            yunet.detect(input, rows);
            List<DetectedFace> faces = new ArrayList<>(rows.rows());
            float[] row = new float[15];
            double back = 1.0 / (scale < 1.0 ? (double) input.cols() / bgr.cols() : 1.0);
            for (int i = 0; i < rows.rows(); i++) {
                rows.get(i, 0, row);
                if (row[14] >= minScore) {
                    faces.add(fromRow(row).scaled(back));
                }
            }
            faces.sort(Comparator.comparingDouble(DetectedFace::score).reversed());
            return List.copyOf(faces);
        } finally {
            rows.release();
            if (resized != null) {
                resized.release();
            }
        }
    }

    private static DetectedFace fromRow(float[] r) {
        return new DetectedFace(
                new Box(r[0], r[1], r[2], r[3]),
                new Landmarks(new Point(r[4], r[5]), new Point(r[6], r[7]), new Point(r[8], r[9]),
                        new Point(r[10], r[11]), new Point(r[12], r[13])),
                r[14]);
    }

    /** YuNet's row layout, for {@code FaceRecognizerSF.alignCrop}. */
    static Mat toRow(DetectedFace face) {
        Landmarks l = face.landmarks();
        Box b = face.box();
        Mat row = new Mat(1, 15, org.opencv.core.CvType.CV_32F);
        row.put(0, 0, new float[] {
            (float) b.x(), (float) b.y(), (float) b.width(), (float) b.height(),
            (float) l.rightEye().x(), (float) l.rightEye().y(), (float) l.leftEye().x(), (float) l.leftEye().y(),
            (float) l.noseTip().x(), (float) l.noseTip().y(),
            (float) l.rightMouthCorner().x(), (float) l.rightMouthCorner().y(),
            (float) l.leftMouthCorner().x(), (float) l.leftMouthCorner().y(),
            (float) face.score()});
        return row;
    }

    @Override
    public void close() {
        // FaceDetectorYN frees its network when collected; nothing else is held.
    }
}
