package org.examroom.terminal.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.examroom.common.i18n.Messages;
import org.examroom.hardware.card.CardId;
import org.examroom.hardware.light.LightSignal;
import org.examroom.terminal.TerminalApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The simulation panel in a real (headless) window on a simulated station, worked with the mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class SimulationPanelTest {

    private final BlockingQueue<KeyEntry> keys = new LinkedBlockingQueue<>();
    private final AtomicInteger helpRequests = new AtomicInteger();
    private Devices devices;
    private DeviceController controller;

    @Start
    void start(Stage stage) {
        Messages messages = TerminalApp.messages(Locale.of("ru"));
        devices = Devices.open(DeviceSettings.simulated(), Clock.systemUTC());
        controller = new DeviceController(devices, keys::add, helpRequests::incrementAndGet, Platform::runLater, Clock.systemUTC());
        stage.setScene(TerminalApp.scene(new SimulationPanel(
                new SimulationPanelModel(devices.simulation().orElseThrow(), Platform::runLater, messages), messages)));
        stage.show();
    }

    @AfterEach
    void close() {
        controller.close();
        devices.close();
    }

    @Test
    void theLampShowsTheLightAndTheButtonAsksForHelp(FxRobot robot) {
        Circle lamp = robot.lookup("#simulation-light").queryAs(Circle.class);
        assertThat(lamp.getFill()).isEqualTo(SimulationPanel.colour(LightSignal.OFF));

        controller.show(TerminalStatus.WRITING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lamp.getFill()).isEqualTo(SimulationPanel.colour(LightSignal.GREEN));
        assertThat(robot.lookup("#simulation-light-name").queryAs(Label.class).getText()).isEqualTo("зелёный");

        robot.clickOn("#simulation-help");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(helpRequests).hasValue(1);
        // help blinks amber four times a second: the lamp is amber or dark, never green any more
        assertThat(lamp.getFill()).isIn(SimulationPanel.colour(LightSignal.AMBER), SimulationPanel.colour(LightSignal.OFF));
    }

    @Test
    void aCardTypedIntoThePanelEntersTheKey(FxRobot robot) throws InterruptedException {
        controller.openKeyEntry();
        robot.clickOn("#simulation-card").write("04a1b2c3");
        robot.clickOn("#simulation-card-present");
        assertThat(keys.poll(3, TimeUnit.SECONDS)).isEqualTo(new KeyEntry.FromCard(new CardId("04A1B2C3")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#simulation-card-status").queryAs(Label.class).getText()).isEqualTo("Карта 04A1B2C3 приложена");
    }
}
