package org.examroom.hardware.camera;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Hands a camera's frames to a consumer on a thread of its own until stopped. Each frame is closed
 * after the consumer returns; a consumer that keeps the image clones it.
 */
public final class FramePump implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FramePump.class.getName());

    private final Thread thread;
    private volatile boolean running = true;

    private FramePump(Camera camera, Consumer<Frame> consumer, String name) {
        this.thread = Thread.ofPlatform().daemon().name(name).start(() -> pump(camera, consumer));
    }

    /** Starts pumping frames from the camera to the consumer. */
    public static FramePump start(Camera camera, Consumer<Frame> consumer, String name) {
        return new FramePump(Objects.requireNonNull(camera), Objects.requireNonNull(consumer), name);
    }

    private void pump(Camera camera, Consumer<Frame> consumer) {
        while (running) {
            try (Frame frame = camera.grab()) {
                consumer.accept(frame);
            } catch (CameraException e) {
                if (running) {
                    LOG.log(System.Logger.Level.ERROR, "Camera frames stopped: " + e.getMessage(), e);
                }
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A frame consumer failed; the next frame goes on", e);
            }
        }
    }

    /** Whether frames are still being delivered. */
    public boolean running() {
        return running && thread.isAlive();
    }

    /** Stops after the frame in hand and waits for the thread to finish. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
