package org.examroom.face.monitor;

import java.util.Optional;

/** Where monitoring gets its frames: the newest one the camera produced since the last call. */
@FunctionalInterface
public interface FrameSource {

    /** The newest frame since the last call, now owned by the caller (who releases it), or empty if none came. */
    Optional<CapturedFrame> takeLatest();
}
