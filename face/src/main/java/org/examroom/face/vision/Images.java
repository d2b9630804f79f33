package org.examroom.face.vision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.imgcodecs.Imgcodecs;

/** Reading photos into BGR frames and writing frames as JPEG snapshots. */
public final class Images {

    private Images() {
    }

    /**
     * A photo file as a BGR 8UC3 frame (grey images are expanded).
     *
     * @throws IOException when the file is missing or not an image OpenCV can read
     */
    public static Mat read(Path file) throws IOException {
        OpenCvNatives.load();
        if (!Files.isRegularFile(file)) {
            throw new IOException("No such image file: " + file);
        }
        // imdecode from bytes rather than imread: file names with Cyrillic letters work on every platform.
        Mat image = decode(Files.readAllBytes(file));
        if (image.empty()) {
            throw new IOException("Not an image OpenCV can read: " + file);
        }
        return image;
    }

    /** Encoded image bytes (JPEG, PNG, …) as a BGR 8UC3 frame; an empty frame when OpenCV cannot read them. */
    public static Mat decode(byte[] encoded) {
        OpenCvNatives.load();
        MatOfByte bytes = new MatOfByte(encoded);
        try {
            return Imgcodecs.imdecode(bytes, Imgcodecs.IMREAD_COLOR);
        } finally {
            bytes.release();
        }
    }

    /** The frame as JPEG bytes at the given quality (0–100). */
    public static byte[] jpeg(Mat bgr, int quality) {
        MatOfByte out = new MatOfByte();
        MatOfInt params = new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, quality);
        try {
            if (!Imgcodecs.imencode(".jpg", bgr, out, params)) {
                throw new IllegalStateException("OpenCV could not encode a " + bgr.size() + " frame as JPEG");
            }
            return out.toArray();
        } finally {
            out.release();
            params.release();
        }
    }
}
