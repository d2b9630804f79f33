package org.examroom.hardware.camera;

import java.time.Instant;
import java.util.Objects;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * One camera frame: a BGR image (OpenCV {@code CV_8UC3}) and when it was taken. The frame owns its
 * native memory; whoever holds it closes it, and a consumer that keeps the image clones it.
 */
public record Frame(Mat image, Instant capturedAt) implements AutoCloseable {

    public Frame {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(capturedAt, "capturedAt");
        if (image.type() != CvType.CV_8UC3 || image.empty()) {
            throw new IllegalArgumentException("A frame is a non-empty BGR image (CV_8UC3), not " + image);
        }
    }

    /** The frame's size. */
    public FrameSize size() {
        return new FrameSize(image.cols(), image.rows());
    }

    /** Releases the image's native memory. */
    @Override
    public void close() {
        image.release();
    }
}
