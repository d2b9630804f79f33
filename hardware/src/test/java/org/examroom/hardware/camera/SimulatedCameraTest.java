package org.examroom.hardware.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;

class SimulatedCameraTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-07-10T07:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void natives() {
        OpenCvNatives.load();
    }

    @Test
    void anImageHeldUpIsSeenForAWhileThenTheDeskAgain() throws Exception {
        TestClock clock = new TestClock();
        try (SimulatedCamera camera = new SimulatedCamera(Optional.empty(), new CameraSettings(FrameSize.VGA, 50), clock)) {
            assertThat(centre(camera)).containsExactly(96, 100, 104);

            camera.holdUp(new Mat(100, 100, CvType.CV_8UC3, new Scalar(255, 255, 255)), Duration.ofSeconds(3));
            assertThat(centre(camera)).containsExactly(255, 255, 255);
            clock.now = clock.now.plusSeconds(2);
            assertThat(centre(camera)).containsExactly(255, 255, 255);
            clock.now = clock.now.plusSeconds(2);
            assertThat(centre(camera)).containsExactly(96, 100, 104);
        }
    }

    @Test
    void withoutAnythingHeldUpTheScenePlays(@TempDir Path folder) throws Exception {
        Mat red = new Mat(480, 640, CvType.CV_8UC3, new Scalar(0, 0, 255));
        Imgcodecs.imwrite(folder.resolve("scene.png").toString(), red);
        red.release();
        TestClock clock = new TestClock();
        CameraSettings settings = new CameraSettings(FrameSize.VGA, 50);
        try (SimulatedCamera camera = new SimulatedCamera(
                Optional.of(new ImageFileCamera(folder, settings, clock)), settings, clock)) {
            assertThat(centre(camera)).containsExactly(0, 0, 255);
            camera.holdUp(new Mat(10, 10, CvType.CV_8UC3, new Scalar(0, 255, 0)), Duration.ofSeconds(1));
            assertThat(centre(camera)).containsExactly(0, 255, 0);
            clock.now = clock.now.plusSeconds(1);
            assertThat(centre(camera)).containsExactly(0, 0, 255);
        }
    }

    private static double[] centre(Camera camera) throws CameraException {
        try (Frame frame = camera.grab()) {
            assertThat(frame.size()).isEqualTo(FrameSize.VGA);
            return frame.image().get(240, 320);
        }
    }
}
