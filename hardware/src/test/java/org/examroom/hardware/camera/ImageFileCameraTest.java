package org.examroom.hardware.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;

/** The simulated camera on images the test paints: order, loop, size, rate, and what it says when it has nothing to play. */
class ImageFileCameraTest {

    private static final Instant T0 = Instant.parse("2026-07-10T07:00:00Z");

    @TempDir
    Path folder;

    @BeforeAll
    static void natives() {
        OpenCvNatives.load();
    }

    @Test
    void playsTheFolderInNameOrderInALoopAtTheRequestedSize() throws Exception {
        paint(folder.resolve("b.png"), 320, 240, new Scalar(0, 255, 0));   // green, 4:3
        paint(folder.resolve("a.bmp"), 200, 400, new Scalar(0, 0, 255));   // red, portrait
        Files.writeString(folder.resolve("notes.txt"), "not an image");

        CameraSettings settings = new CameraSettings(FrameSize.VGA, 50);
        try (ImageFileCamera camera = new ImageFileCamera(folder, settings, Clock.fixed(T0, ZoneOffset.UTC))) {
            assertThat(camera.imageCount()).isEqualTo(2);
            List<double[]> centres = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                try (Frame frame = camera.grab()) {
                    assertThat(frame.size()).isEqualTo(FrameSize.VGA);
                    assertThat(frame.image().type()).isEqualTo(CvType.CV_8UC3);
                    assertThat(frame.capturedAt()).isEqualTo(T0);
                    centres.add(frame.image().get(240, 320));
                }
            }
            assertThat(centres.get(0)).containsExactly(0, 0, 255);   // a.bmp first
            assertThat(centres.get(1)).containsExactly(0, 255, 0);
            assertThat(centres.get(2)).containsExactly(0, 0, 255);
        }
    }

    @Test
    void aPortraitImageKeepsItsShapeBetweenBlackBars() throws Exception {
        paint(folder.resolve("tall.png"), 200, 400, new Scalar(255, 255, 255));
        try (ImageFileCamera camera = new ImageFileCamera(folder.resolve("tall.png"),
                new CameraSettings(FrameSize.VGA, 50), Clock.systemUTC());
                Frame frame = camera.grab()) {
            assertThat(frame.image().get(240, 10)).containsExactly(0, 0, 0);
            assertThat(frame.image().get(240, 320)).containsExactly(255, 255, 255);
            assertThat(frame.image().get(240, 200)).containsExactly(255, 255, 255); // 240 px wide, centred
            assertThat(frame.image().get(240, 190)).containsExactly(0, 0, 0);
        }
    }

    @Test
    void framesComeAtTheRequestedRate() throws Exception {
        paint(folder.resolve("one.png"), 64, 48, new Scalar(10, 20, 30));
        try (ImageFileCamera camera = new ImageFileCamera(folder, new CameraSettings(new FrameSize(64, 48), 20),
                Clock.systemUTC())) {
            long start = System.nanoTime();
            for (int i = 0; i < 6; i++) {
                camera.grab().close();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("six frames at 20 per second").isGreaterThanOrEqualTo(240);
        }
    }

    @Test
    void aFolderWithoutImagesIsExplained() {
        assertThatThrownBy(() -> new ImageFileCamera(folder, CameraSettings.DEFAULT, Clock.systemUTC()))
                .isInstanceOf(CameraException.class)
                .hasMessageContaining("has no PNG, JPEG or BMP images");
        assertThatThrownBy(() -> new ImageFileCamera(folder.resolve("missing"), CameraSettings.DEFAULT, Clock.systemUTC()))
                .isInstanceOf(CameraException.class)
                .hasMessageContaining("is neither");
    }

    @Test
    void aBrokenImageIsNamed() throws Exception {
        Files.write(folder.resolve("broken.png"), new byte[] {1, 2, 3, 4});
        assertThatThrownBy(() -> new ImageFileCamera(folder, CameraSettings.DEFAULT, Clock.systemUTC()))
                .isInstanceOf(CameraException.class)
                .hasMessageContaining("cannot read the image")
                .hasMessageContaining("broken.png");
    }

    @Test
    void aPumpDeliversFramesUntilClosed() throws Exception {
        paint(folder.resolve("one.png"), 64, 48, new Scalar(10, 20, 30));
        List<Instant> seen = new CopyOnWriteArrayList<>();
        try (ImageFileCamera camera = new ImageFileCamera(folder, new CameraSettings(new FrameSize(64, 48), 50),
                Clock.systemUTC())) {
            FramePump pump = FramePump.start(camera, frame -> seen.add(frame.capturedAt()), "test-pump");
            Thread.sleep(300);
            pump.close();
            int delivered = seen.size();
            assertThat(delivered).isGreaterThanOrEqualTo(3);
            assertThat(pump.running()).isFalse();
            Thread.sleep(100);
            assertThat(seen).hasSize(delivered);
        }
    }

    private static void paint(Path file, int width, int height, Scalar bgr) {
        Mat image = new Mat(height, width, CvType.CV_8UC3, bgr);
        assertThat(Imgcodecs.imwrite(file.toString(), image)).isTrue();
        image.release();
    }
}
