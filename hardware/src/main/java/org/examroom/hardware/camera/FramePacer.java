package org.examroom.hardware.camera;

import java.time.Duration;

/** Spaces frames at a rate: waits until the next frame is due, without drifting. */
final class FramePacer {

    private final long intervalNanos;
    private long next;

    FramePacer(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Waits until the next frame is due; a caller that fell behind starts afresh instead of bursting. */
    void awaitNext() throws InterruptedException {
        long now = System.nanoTime();
        if (next == 0 || now - next > intervalNanos) {
            next = now;
        }
        long wait = next - now;
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
        next += intervalNanos;
    }
}
