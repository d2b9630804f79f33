package org.examroom.face.monitor;

import java.time.Instant;
import java.util.Optional;
import org.opencv.core.Mat;

/**
 * A one-frame mailbox between a camera and monitoring: the camera offers every frame, monitoring takes
 * the newest at its own rate, and older frames are dropped. Offering never blocks on a check in progress.
 */
public final class LatestFrame implements FrameSource {

    private CapturedFrame latest;

    /** Keeps a copy of the frame (the caller keeps and releases its own), dropping any frame not yet taken. */
    public void offer(Mat bgr, Instant capturedAt) {
        CapturedFrame copy = new CapturedFrame(bgr.clone(), capturedAt);
        CapturedFrame dropped;
        synchronized (this) {
            dropped = latest;
            latest = copy;
        }
        if (dropped != null) {
            dropped.bgr().release();
        }
    }

    @Override
    public Optional<CapturedFrame> takeLatest() {
        synchronized (this) {
            CapturedFrame taken = latest;
            latest = null;
            return Optional.ofNullable(taken);
        }
    }
}
