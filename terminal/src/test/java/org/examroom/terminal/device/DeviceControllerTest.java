package org.examroom.terminal.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.examroom.hardware.camera.CameraSettings;
import org.examroom.hardware.camera.CameraSource;
import org.examroom.hardware.camera.FrameSize;
import org.examroom.hardware.card.CardId;
import org.examroom.hardware.light.LightPattern;
import org.examroom.hardware.light.LightPins;
import org.examroom.hardware.light.LightSignal;
import org.examroom.hardware.light.LightState;
import org.examroom.common.key.KeySlip;
import org.examroom.hardware.qr.SlipPhotos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * A simulated station (Pi4J mock pins, simulated card reader, a camera playing photos of a key slip)
 * driven from the outside, with assertions on what the terminal hears and what its light shows.
 */
class DeviceControllerTest {

    private final BlockingQueue<KeyEntry> keys = new LinkedBlockingQueue<>();
    private final AtomicInteger helpRequests = new AtomicInteger();
    private Devices devices;
    private DeviceController controller;

    @AfterEach
    void closeDevices() {
        if (controller != null) {
            controller.close();
        }
        if (devices != null) {
            devices.close();
        }
    }

    private void start(Optional<CameraSource> camera) {
        DeviceSettings settings = new DeviceSettings(DeviceSettings.Mode.SIMULATED, LightPins.DEFAULT, 23,
                new CardReaderChoice.Simulated(), camera, new CameraSettings(FrameSize.VGA, 10));
        devices = Devices.open(settings, Clock.systemUTC());
        controller = new DeviceController(devices, keys::add, helpRequests::incrementAndGet, Runnable::run, Clock.systemUTC());
    }

    private Devices.Simulation station() {
        return devices.simulation().orElseThrow();
    }

    @Test
    void theLightFollowsTheTerminal() {
        start(Optional.empty());
        assertThat(devices.light().current()).isEqualTo(LightState.OFF);

        controller.show(TerminalStatus.READY);
        assertThat(devices.light().current()).isEqualTo(LightState.blinking(LightSignal.GREEN, LightPattern.SLOW_BLINK));
        controller.show(TerminalStatus.WRITING);
        assertThat(devices.light().current()).isEqualTo(LightState.steady(LightSignal.GREEN));
        controller.show(TerminalStatus.REMOVED);
        assertThat(devices.light().current()).isEqualTo(LightState.steady(LightSignal.RED));
    }

    @Test
    void theHelpButtonAsksForHelpAndTheLightSaysSoUntilAnswered() {
        start(Optional.empty());
        controller.show(TerminalStatus.WRITING);

        station().pressHelpButton();
        assertThat(helpRequests).hasValue(1);
        assertThat(controller.shown()).isEqualTo(TerminalStatus.HELP_REQUESTED);
        assertThat(devices.light().current()).isEqualTo(TerminalStatus.HELP_REQUESTED.light());

        controller.show(TerminalStatus.PAUSED); // still waiting for the supervisor
        assertThat(devices.light().current()).isEqualTo(TerminalStatus.HELP_REQUESTED.light());

        controller.helpAnswered();
        assertThat(devices.light().current()).isEqualTo(TerminalStatus.PAUSED.light());
    }

    @Test
    void aFlaggedApplicantsLightStaysRedWhenHelpIsAsked() {
        start(Optional.empty());
        controller.show(TerminalStatus.FLAGGED);
        station().pressHelpButton();
        assertThat(helpRequests).hasValue(1);
        assertThat(devices.light().current().signal()).isEqualTo(LightSignal.RED);
    }

    @Test
    void aCardEntersTheKeyOnlyWhileKeyEntryIsOpen() throws InterruptedException {
        start(Optional.empty());
        station().presentCard(new CardId("04A1B2C3"));
        assertThat(keys.poll(300, TimeUnit.MILLISECONDS)).isNull();

        controller.openKeyEntry();
        station().presentCard(new CardId("04A1B2C3"));
        assertThat(keys.poll(2, TimeUnit.SECONDS)).isEqualTo(new KeyEntry.FromCard(new CardId("04A1B2C3")));

        controller.closeKeyEntry();
        station().presentCard(new CardId("0012345678"));
        assertThat(keys.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aSlipHeldUpToTheCameraEntersItsKeyOnce(@TempDir Path photos) throws InterruptedException {
        String key = "Q7RM-2231-KX";
        for (int seed = 1; seed <= 3; seed++) {
            Mat photo = SlipPhotos.photograph(KeySlip.payload(key), FrameSize.VGA, seed);
            assertThat(Imgcodecs.imwrite(photos.resolve("slip-" + seed + ".png").toString(), photo)).isTrue();
            photo.release();
        }
        start(Optional.of(new CameraSource.ImageFiles(photos)));
        assertThat(devices.camera()).isPresent();

        controller.openKeyEntry();
        assertThat(keys.poll(10, TimeUnit.SECONDS)).isEqualTo(new KeyEntry.FromSlip(key));
        // the camera keeps seeing the slip at ten frames a second; the key is not entered again
        assertThat(keys.poll(1500, TimeUnit.MILLISECONDS)).isNull();
        controller.closeKeyEntry();
    }

    @Test
    void aTerminalWhoseImagesAreMissingStillStarts(@TempDir Path empty) throws InterruptedException {
        start(Optional.of(new CameraSource.ImageFiles(empty.resolve("no-such-folder"))));
        assertThat(devices.camera()).as("the simulated station's own camera, an empty desk").isPresent();
        controller.openKeyEntry(); // nothing but a desk to scan; cards still work
        station().presentCard(new CardId("04A1B2C3"));
        assertThat(keys.poll(2, TimeUnit.SECONDS)).isEqualTo(new KeyEntry.FromCard(new CardId("04A1B2C3")));
    }
}
