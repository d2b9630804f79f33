package org.examroom.face.vision;

import java.nio.file.Path;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.FaceRecognizerSF;

/**
 * MobileFaceNet (128-d) through OpenCV DNN, with the preprocessing its accuracy was measured with:
 * five-landmark alignment to the standard 112×112 template ({@code FaceRecognizerSF.alignCrop}), RGB,
 * per-channel ImageNet mean and standard deviation. {@code FaceRecognizerSF.feature()} is deliberately
 * not used: it feeds raw pixels to the network and verification falls to about 65%.
 * Not thread-safe: one embedder per thread.
 */
public final class FaceEmbedder implements AutoCloseable {

    private static final Scalar MEAN = new Scalar(123.675, 116.28, 103.53);
    private static final Scalar STD = new Scalar(58.395, 57.12, 57.375);

    private final Net net;
    private final FaceRecognizerSF aligner;

    public FaceEmbedder(Path model) {
        OpenCvNatives.load();
        this.net = Dnn.readNetFromONNX(model.toString());
        // Only its alignCrop is used; it needs a model to be created and this one loads.
        this.aligner = FaceRecognizerSF.create(model.toString(), "");
    }

    /** The embedding of a detected face, from the full-resolution BGR image it was found in. */
    public synchronized Embedding embed(Mat bgr, DetectedFace face) {
        Mat row = FaceDetector.toRow(face);
        Mat aligned = new Mat();
        Mat rgb = new Mat();
        Mat blob = null;
        Mat out = null;
        try {
            aligner.alignCrop(bgr, row, aligned);
            Imgproc.cvtColor(aligned, rgb, Imgproc.COLOR_BGR2RGB);
            rgb.convertTo(rgb, CvType.CV_32FC3);
            Core.subtract(rgb, MEAN, rgb);
            Core.divide(rgb, STD, rgb);
            blob = Dnn.blobFromImage(rgb);
            net.setInput(blob);
            out = net.forward();
            float[] raw = new float[(int) out.total()];
            out.reshape(1, 1).get(0, 0, raw);
            return Embedding.of(raw);
        } finally {
            row.release();
            aligned.release();
            rgb.release();
            if (blob != null) {
                blob.release();
            }
            if (out != null) {
                out.release();
            }
        }
    }

    @Override
    public void close() {
        // The network is freed with this object; nothing else is held.
    }
}
