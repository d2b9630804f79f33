package org.examroom.face.vision;

import java.util.List;
import org.examroom.face.model.InstalledModels;
import org.opencv.core.Mat;

/**
 * Detector and embedder together, for one thread. Detection reports every face down to
 * {@code minScore}; callers decide which count as people.
 */
public final class FaceEngine implements AutoCloseable {

    private final FaceDetector detector;
    private final FaceEmbedder embedder;

    public FaceEngine(InstalledModels models, double minScore) {
        this(models, minScore, FaceDetector.MAX_SIDE);
    }

    /** @param maxSide the longest side frames are shrunk to before detection (see {@link FaceDetector}) */
    public FaceEngine(InstalledModels models, double minScore, int maxSide) {
        this.detector = new FaceDetector(models.detector(), minScore, maxSide);
        this.embedder = new FaceEmbedder(models.embedder());
    }

    /** Faces in a BGR frame, most confident first. */
    public List<DetectedFace> detect(Mat bgr) {
        return detector.detect(bgr);
    }

    /** The identity embedding of a face found in this frame. */
    public Embedding embed(Mat bgr, DetectedFace face) {
        return embedder.embed(bgr, face);
    }

    @Override
    public void close() {
        detector.close();
        embedder.close();
    }
}
