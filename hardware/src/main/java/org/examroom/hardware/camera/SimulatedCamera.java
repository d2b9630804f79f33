package org.examroom.hardware.camera;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * The camera of a simulated station: the frames of another camera (usually images played in a
 * loop), or an empty grey desk without one; and an image held up in front of it for a while, as an
 * applicant holds up a key slip.
 */
public final class SimulatedCamera implements Camera {

    private final Optional<Camera> scene;
    private final CameraSettings settings;
    private final Clock clock;
    private final FramePacer pacer;
    private Mat held;
    private Instant heldUntil = Instant.MIN;
    private boolean closed;

    public SimulatedCamera(Optional<Camera> scene, CameraSettings settings, Clock clock) {
        OpenCvNatives.load();
        this.scene = Objects.requireNonNull(scene, "scene");
        this.settings = scene.map(Camera::settings).orElse(settings);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pacer = new FramePacer(this.settings.interval());
    }

    /** Shows the image (fitted to the frame size) instead of the scene for the given time. */
    public synchronized void holdUp(Mat image, Duration forHowLong) {
        if (held != null) {
            held.release();
        }
        held = Frames.fitted(image, settings.size());
        heldUntil = clock.instant().plus(forHowLong);
    }

    @Override
    public CameraSettings settings() {
        return settings;
    }

    @Override
    public Frame grab() throws CameraException {
        Optional<Mat> shown = heldImage();
        if (shown.isEmpty() && scene.isPresent()) {
            return scene.get().grab(); // paced by the scene's camera
        }
        try {
            pacer.awaitNext();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CameraException("interrupted while waiting for the next frame", e);
        }
        Mat image = shown.orElseGet(() -> new Mat(settings.size().height(), settings.size().width(), CvType.CV_8UC3,
                new Scalar(96, 100, 104)));
        return new Frame(image, clock.instant());
    }

    /** A copy of the held-up image while it is held up. */
    private synchronized Optional<Mat> heldImage() throws CameraException {
        if (closed) {
            throw new CameraException("the simulated camera is closed");
        }
        if (held != null && clock.instant().isBefore(heldUntil)) {
            return Optional.of(held.clone());
        }
        return Optional.empty();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (held != null) {
            held.release();
            held = null;
        }
        scene.ifPresent(Camera::close);
    }
}
