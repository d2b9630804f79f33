package org.examroom.hardware.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenCvCameraTest {

    @Test
    void aMissingDeviceIsExplainedWithWhatToCheck() {
        assertThatThrownBy(() -> OpenCvCamera.open(new CameraSource.DevicePath("/dev/video-that-is-not-there"),
                CameraSettings.DEFAULT, Clock.systemUTC()))
                .isInstanceOf(CameraException.class)
                .hasMessageContaining("/dev/video-that-is-not-there could not be opened")
                .hasMessageContaining("'video' group")
                .hasMessageContaining("--camera images:");
    }

    @Test
    void cameraOptionsNameADeviceOrImages(@TempDir Path folder) throws Exception {
        assertThat(CameraSource.parse("0")).isEqualTo(new CameraSource.DeviceIndex(0));
        assertThat(CameraSource.parse("/dev/video2")).isEqualTo(new CameraSource.DevicePath("/dev/video2"));
        assertThat(CameraSource.parse("images:/srv/faces")).isEqualTo(new CameraSource.ImageFiles(Path.of("/srv/faces")));
        assertThat(CameraSource.parse(folder.toString())).isEqualTo(new CameraSource.ImageFiles(folder));
        Path png = Files.createFile(folder.resolve("slip.PNG"));
        assertThat(CameraSource.parse(png.toString())).isEqualTo(new CameraSource.ImageFiles(png));
    }

    @Test
    void frameSizesParse() {
        assertThat(FrameSize.parse("1280x720")).isEqualTo(new FrameSize(1280, 720));
        assertThatThrownBy(() -> FrameSize.parse("big")).hasMessageContaining("WIDTHxHEIGHT");
    }
}
