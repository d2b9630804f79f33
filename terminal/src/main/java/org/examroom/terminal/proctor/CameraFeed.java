package org.examroom.terminal.proctor;

import java.util.Optional;
import java.util.function.Consumer;
import org.examroom.hardware.camera.Camera;
import org.examroom.hardware.camera.Frame;
import org.examroom.hardware.camera.FramePump;

/**
 * The station's camera for the screens that watch it: the photos screen's preview and monitoring during the test.
 * One watcher at a time, on a thread of its own.
 */
public interface CameraFeed {

    /** Whether the station has a camera at all. */
    boolean present();

    /**
     * Hands each frame to {@code frames} on a thread of its own until the watch is closed; the frame is closed after
     * the consumer returns, so a consumer that keeps the image clones it. Without a camera nothing is delivered.
     */
    Watch watch(Consumer<Frame> frames, String threadName);

    /** A running watch; closing it stops the frames and waits for the frame in hand. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /** The station's camera, if it has one. */
    static CameraFeed of(Optional<Camera> camera) {
        return new CameraFeed() {
            @Override
            public boolean present() {
                return camera.isPresent();
            }

            @Override
            public Watch watch(Consumer<Frame> frames, String threadName) {
                return camera.<Watch>map(c -> FramePump.start(c, frames, threadName)::close).orElse(() -> { });
            }
        };
    }

    /** No camera. */
    static CameraFeed none() {
        return of(Optional.empty());
    }
}
