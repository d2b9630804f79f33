package org.examroom.terminal.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import org.examroom.hardware.camera.CameraSettings;
import org.examroom.hardware.light.LightPins;
import org.examroom.hardware.light.LightSignal;
import org.examroom.hardware.light.LightState;
import org.junit.jupiter.api.Test;

/** A device that cannot be opened is left out; the rest of the station still works. */
class DevicesTest {

    private static DeviceSettings simulatedWith(CardReaderChoice reader) {
        return new DeviceSettings(DeviceSettings.Mode.SIMULATED, LightPins.DEFAULT, 23, reader, Optional.empty(),
                CameraSettings.DEFAULT);
    }

    @Test
    void aMissingSerialReaderIsLeftOut() {
        try (Devices devices = Devices.open(simulatedWith(new CardReaderChoice.Serial("/dev/ttyNOTHERE", 9600)),
                Clock.systemUTC())) {
            assertThat(devices.cardReader()).isEmpty();
            devices.light().show(LightState.steady(LightSignal.GREEN));
            assertThat(devices.light().current().signal()).isEqualTo(LightSignal.GREEN);
        }
    }

    @Test
    void anRfidModuleNeedsRealPins() {
        try (Devices devices = Devices.open(simulatedWith(new CardReaderChoice.Mfrc522(0, 25)), Clock.systemUTC())) {
            assertThat(devices.cardReader()).isEmpty();
            assertThat(devices.simulation()).hasValueSatisfying(station -> assertThat(station.hasCardReader()).isFalse());
        }
    }

    @Test
    void aKeyboardWedgeIsNotADeviceButAFilter() {
        try (Devices devices = Devices.open(simulatedWith(new CardReaderChoice.KeyboardWedge()), Clock.systemUTC())) {
            assertThat(devices.cardReader()).isEmpty();
        }
    }

    @Test
    void closingTurnsTheLightOff() {
        Devices devices = Devices.open(DeviceSettings.simulated(), Clock.systemUTC());
        devices.light().show(LightState.steady(LightSignal.RED));
        devices.close();
        assertThat(devices.light().current()).isEqualTo(LightState.OFF);
    }
}
