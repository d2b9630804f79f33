package org.examroom.face.monitor;

import java.time.Instant;
import org.opencv.core.Mat;

/** A camera frame (BGR, 8UC3) and when it was captured. Whoever holds it releases the Mat. */
public record CapturedFrame(Mat bgr, Instant capturedAt) {
}
