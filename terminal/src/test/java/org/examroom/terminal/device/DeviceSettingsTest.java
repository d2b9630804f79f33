package org.examroom.terminal.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.examroom.hardware.camera.CameraSource;
import org.examroom.hardware.camera.FrameSize;
import org.examroom.hardware.light.LightPins;
import org.junit.jupiter.api.Test;

class DeviceSettingsTest {

    @Test
    void aDesktopSimulatesEverythingWithoutACamera() {
        DeviceSettings settings = DeviceSettings.fromParameters(Map.of());
        assertThat(settings).isEqualTo(DeviceSettings.simulated());
        assertThat(settings.camera()).isEmpty();
        assertThat(settings.cardReader()).isInstanceOf(CardReaderChoice.Simulated.class);
    }

    @Test
    void aPiStationDefaultsToItsWedgeReaderAndFirstCamera() {
        DeviceSettings settings = DeviceSettings.fromParameters(Map.of("devices", "pi"));
        assertThat(settings.mode()).isEqualTo(DeviceSettings.Mode.PI);
        assertThat(settings.cardReader()).isInstanceOf(CardReaderChoice.KeyboardWedge.class);
        assertThat(settings.camera()).contains(new CameraSource.DeviceIndex(0));
        assertThat(settings.lightPins()).isEqualTo(LightPins.DEFAULT);
        assertThat(settings.buttonPin()).isEqualTo(23);
    }

    @Test
    void everyDeviceCanBeChosen() {
        DeviceSettings settings = DeviceSettings.fromParameters(Map.of(
                "devices", "pi", "light", "leds:5,6,13", "button-pin", "26",
                "card-reader", "serial:/dev/ttyUSB0@115200", "camera", "/dev/video2",
                "camera-size", "1280x720", "camera-fps", "10"));
        assertThat(settings.lightPins()).isEqualTo(new LightPins(LightPins.Wiring.THREE_LEDS, 5, 6, 13));
        assertThat(settings.buttonPin()).isEqualTo(26);
        assertThat(settings.cardReader()).isEqualTo(new CardReaderChoice.Serial("/dev/ttyUSB0", 115200));
        assertThat(settings.camera()).contains(new CameraSource.DevicePath("/dev/video2"));
        assertThat(settings.cameraSettings().size()).isEqualTo(new FrameSize(1280, 720));
        assertThat(settings.cameraSettings().framesPerSecond()).isEqualTo(10);
    }

    @Test
    void cardReaderOptions() {
        assertThat(CardReaderChoice.parse("mfrc522")).isEqualTo(new CardReaderChoice.Mfrc522(0, 25));
        assertThat(CardReaderChoice.parse("mfrc522:1:24")).isEqualTo(new CardReaderChoice.Mfrc522(1, 24));
        assertThat(CardReaderChoice.parse("serial:/dev/serial0")).isEqualTo(new CardReaderChoice.Serial("/dev/serial0", 9600));
        assertThat(CardReaderChoice.parse("STDIN")).isInstanceOf(CardReaderChoice.StandardInput.class);
        assertThat(CardReaderChoice.parse("none")).isInstanceOf(CardReaderChoice.None.class);
        assertThatThrownBy(() -> CardReaderChoice.parse("magstripe")).hasMessageContaining("wedge");
    }

    @Test
    void noCameraAndRgbAnodeLight() {
        DeviceSettings settings = DeviceSettings.fromParameters(Map.of("devices", "pi", "camera", "none", "light", "rgb-anode"));
        assertThat(settings.camera()).isEqualTo(Optional.empty());
        assertThat(settings.lightPins().wiring()).isEqualTo(LightPins.Wiring.RGB_COMMON_ANODE);
        assertThatThrownBy(() -> DeviceSettings.fromParameters(Map.of("devices", "arduino"))).hasMessageContaining("pi");
        assertThatThrownBy(() -> DeviceSettings.fromParameters(Map.of("light", "leds:5,6"))).hasMessageContaining("three pins");
    }
}
