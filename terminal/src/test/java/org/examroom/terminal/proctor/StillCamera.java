package org.examroom.terminal.proctor;

import java.time.Instant;
import java.util.function.Consumer;
import org.examroom.face.vision.OpenCvNatives;
import org.examroom.hardware.camera.Frame;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/** A camera that shows one picture: it hands one frame to each watcher at once, on the watcher's thread. */
public final class StillCamera implements CameraFeed {

    private final Mat image;

    public StillCamera(Mat image) {
        this.image = image;
    }

    /** An empty grey desk at 640×480. */
    public static StillCamera greyDesk() {
        OpenCvNatives.load();
        return new StillCamera(new Mat(480, 640, CvType.CV_8UC3, new Scalar(96, 100, 104)));
    }

    @Override
    public boolean present() {
        return true;
    }

    @Override
    public Watch watch(Consumer<Frame> frames, String threadName) {
        try (Frame frame = new Frame(image.clone(), Instant.now())) {
            frames.accept(frame);
        }
        return () -> { };
    }
}
