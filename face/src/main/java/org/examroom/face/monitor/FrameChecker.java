package org.examroom.face.monitor;

import org.opencv.core.Mat;

/** Looks at one frame. Called on monitoring's own thread only. */
@FunctionalInterface
public interface FrameChecker {

    FrameFindings check(Mat bgr);
}
