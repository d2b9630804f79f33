package org.examroom.hardware.camera;

import java.time.Duration;
import java.util.Objects;

/** The frames a camera is asked for: their size and how many a second. */
public record CameraSettings(FrameSize size, double framesPerSecond) {

    /** VGA at 5 frames a second: enough for QR slips and face checks, light on a Pi. */
    public static final CameraSettings DEFAULT = new CameraSettings(FrameSize.VGA, 5);

    public CameraSettings {
        Objects.requireNonNull(size, "size");
        if (!(framesPerSecond > 0 && framesPerSecond <= 120)) {
            throw new IllegalArgumentException("frames per second must be in (0, 120]: " + framesPerSecond);
        }
    }

    /** The time between two frames. */
    public Duration interval() {
        return Duration.ofNanos(Math.round(1e9 / framesPerSecond));
    }
}
