package org.examroom.hardware.camera;

import java.time.Clock;
import org.opencv.core.Mat;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/** A real camera through OpenCV's {@code VideoCapture}: a USB webcam, or the Pi camera through V4L2. */
public final class OpenCvCamera implements Camera {

    private final VideoCapture capture;
    private final CameraSettings settings;
    private final Clock clock;
    private final FramePacer pacer;
    private final String name;
    private final Mat raw = new Mat();

    /** Opens the device; the message of the exception says what to check when it cannot be opened. */
    public static OpenCvCamera open(CameraSource source, CameraSettings settings, Clock clock) throws CameraException {
        OpenCvNatives.load();
        VideoCapture capture = switch (source) {
            case CameraSource.DeviceIndex device -> new VideoCapture(device.index());
            case CameraSource.DevicePath device -> new VideoCapture(device.path());
            case CameraSource.ImageFiles files ->
                    throw new IllegalArgumentException("Image files are played by ImageFileCamera: " + files.fileOrFolder());
        };
        String name = describe(source);
        if (!capture.isOpened()) {
            capture.release();
            throw new CameraException("The camera " + name + " could not be opened. Check that it is connected"
                    + " (ls /dev/video*), that no other program is using it, and that this user may use it"
                    + " (Linux: the 'video' group). A desktop without a camera can run with --camera images:FOLDER.");
        }
        return new OpenCvCamera(capture, name, settings, clock);
    }

    private static String describe(CameraSource source) {
        return switch (source) {
            case CameraSource.DeviceIndex device -> "number " + device.index() + " (/dev/video" + device.index() + " on Linux)";
            case CameraSource.DevicePath device -> device.path();
            case CameraSource.ImageFiles files -> files.fileOrFolder().toString();
        };
    }

    private OpenCvCamera(VideoCapture capture, String name, CameraSettings settings, Clock clock) {
        this.capture = capture;
        this.name = name;
        this.settings = settings;
        this.clock = clock;
        this.pacer = new FramePacer(settings.interval());
        // Devices take these as hints; frames are fitted to the size anyway.
        capture.set(Videoio.CAP_PROP_FRAME_WIDTH, settings.size().width());
        capture.set(Videoio.CAP_PROP_FRAME_HEIGHT, settings.size().height());
        capture.set(Videoio.CAP_PROP_FPS, settings.framesPerSecond());
        capture.set(Videoio.CAP_PROP_BUFFERSIZE, 1); // a fresh frame, not one queued seconds ago
    }

    @Override
    public CameraSettings settings() {
        return settings;
    }

    @Override
    public synchronized Frame grab() throws CameraException {
        try {
            pacer.awaitNext();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CameraException("interrupted while waiting for the next frame", e);
        }
        if (!capture.read(raw) || raw.empty()) {
            throw new CameraException("The camera " + name + " delivered no frame: was it unplugged?");
        }
        return new Frame(Frames.fitted(raw, settings.size()), clock.instant());
    }

    @Override
    public synchronized void close() {
        capture.release();
        raw.release();
    }
}
