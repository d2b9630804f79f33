package org.examroom.terminal.screen.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.examroom.common.i18n.Messages;
import org.examroom.hardware.camera.CameraSettings;
import org.examroom.hardware.camera.FrameSize;
import org.examroom.hardware.card.CardId;
import org.examroom.hardware.light.LightPins;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.proctor.FaceSetup;
import org.examroom.terminal.device.CardReaderChoice;
import org.examroom.terminal.device.DeviceController;
import org.examroom.terminal.device.DeviceSettings;
import org.examroom.terminal.device.Devices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A card tapped on a simulated station's reader (its queue) goes through the device layer to the key screen, to the
 * controller, and back to what the applicant sees, without the FX toolkit: the test thread plays the UI thread.
 */
class CardAtKeyScreenTest {

    @TempDir
    Path data;
    private final BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
    private final FakeController controller = new FakeController(List.of(), Instant.now().plusSeconds(900));
    private Devices devices;
    private DeviceController deviceController;
    private ApplicantFlow flow;

    @AfterEach
    void close() {
        if (flow != null) {
            flow.close();
        }
        if (deviceController != null) {
            deviceController.close();
        }
        if (devices != null) {
            devices.close();
        }
    }

    /** A station at the key screen, wired as the terminal wires it: key entry opens and closes with the screen. */
    private void atKeyScreen(Locale locale) {
        Messages messages = TerminalApp.messages(locale);
        flow = new ApplicantFlow(data, controller, Runnable::run, uiThread::add, Clock.systemUTC(), System::nanoTime, messages,
                FaceSetup.none());
        devices = Devices.open(new DeviceSettings(DeviceSettings.Mode.SIMULATED, LightPins.DEFAULT, 23,
                new CardReaderChoice.Simulated(), Optional.empty(), new CameraSettings(FrameSize.VGA, 5)), Clock.systemUTC());
        deviceController = new DeviceController(devices, flow.keyEntry(), flow::help, uiThread::add, Clock.systemUTC());
        flow.screenProperty().addListener((o, before, now) -> {
            if (now == Screen.KEY) {
                deviceController.openKeyEntry();
            } else if (before == Screen.KEY) {
                deviceController.closeKeyEntry();
            }
        });
        flow.paired("1-2", Optional.of("101"));
        drain();
        flow.openKeyEntry();
    }

    /** Taps the card and runs what reaches the UI thread until the controller's answer has been shown. */
    private void tap(String card) throws InterruptedException {
        devices.simulation().orElseThrow().presentCard(new CardId(card));
        Runnable entered = uiThread.poll(5, TimeUnit.SECONDS);
        assertThat(entered).as("the card reached the key screen").isNotNull();
        entered.run();
        drain();
    }

    private void drain() {
        for (Runnable r = uiThread.poll(); r != null; r = uiThread.poll()) {
            r.run();
        }
    }

    @Test
    void aRegisteredCardOpensTheAttemptAndIsNotHeardOnceKeyEntryIsDone() throws InterruptedException {
        atKeyScreen(Locale.ENGLISH);
        tap("04a1b2c3");
        assertThat(controller.cardsTapped).containsExactly(FakeController.CARD);
        assertThat(flow.screen()).isEqualTo(Screen.RULES);
        assertThat(flow.keyEntry().keyProperty().get()).isEmpty();

        devices.simulation().orElseThrow().presentCard(new CardId(FakeController.CARD));
        assertThat(uiThread.poll(500, TimeUnit.MILLISECONDS)).as("a card tapped after the key screen reaches nothing").isNull();
        assertThat(controller.cardsTapped).hasSize(1);
    }

    @Test
    void anUnknownCardIsRefusedInEnglishAndTheKeyScreenStays() throws InterruptedException {
        atKeyScreen(Locale.ENGLISH);
        tap("DEADBEEF");
        assertThat(flow.screen()).isEqualTo(Screen.KEY);
        assertThat(flow.keyEntry().hintProperty().get()).isEqualTo("The card was not accepted: This card is not registered");
        assertThat(flow.keyEntry().busyProperty().get()).isFalse();
        assertThat(flow.keyEntry().keyProperty().get()).as("the card id is never shown").isEmpty();
    }

    @Test
    void wrongCardsAndKeysTogetherAreThrottledInRussian() throws InterruptedException {
        atKeyScreen(Locale.forLanguageTag("ru"));
        tap("DEADBEEF");
        assertThat(flow.keyEntry().hintProperty().get()).isEqualTo("Карта не принята: Карта не зарегистрирована");
        for (int i = 0; i < 4; i++) {
            flow.keyEntry().keyProperty().set(org.examroom.common.key.AccessKeys.generate());
            flow.keyEntry().submit();
            drain();
        }
        assertThat(flow.keyEntry().hintProperty().get()).startsWith("Ключ не принят");
        tap(FakeController.CARD);
        assertThat(flow.keyEntry().hintProperty().get()).isEqualTo("Слишком много неверных ключей. Позовите ответственного по аудитории");
        assertThat(flow.screen()).isEqualTo(Screen.KEY);
    }
}
