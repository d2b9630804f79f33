package org.examroom.hardware.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.examroom.hardware.qr.ZxingQrScanner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The simulated camera on real photographs of every shape (colour and grey, PNG and JPEG, portrait
 * and landscape) from the shared test images; and no QR code read where there is none.
 */
class SharedPhotosCameraTest {

    @Test
    void realPhotosComeOutAsVgaFramesWithoutPhantomCodes() throws Exception {
        Path photos = Path.of(System.getProperty("examroom.shared", "../../shared"), "faces", "no_face");
        Assumptions.assumeTrue(Files.isDirectory(photos), "shared test photos not found at " + photos + "; skipped");

        ZxingQrScanner scanner = new ZxingQrScanner();
        try (ImageFileCamera camera = new ImageFileCamera(photos, new CameraSettings(FrameSize.VGA, 60), Clock.systemUTC())) {
            assertThat(camera.imageCount()).isGreaterThanOrEqualTo(5);
            for (int i = 0; i < camera.imageCount(); i++) {
                try (Frame frame = camera.grab()) {
                    assertThat(frame.size()).isEqualTo(FrameSize.VGA);
                    assertThat(scanner.decode(frame)).as("photo %d", i).isEmpty();
                }
            }
        }
    }
}
