package org.examroom.terminal.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.examroom.common.i18n.Messages;
import org.examroom.hardware.card.CardId;
import org.examroom.hardware.light.LightSignal;
import org.examroom.terminal.TerminalApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulation panel's view model on a simulated station, without the toolkit. */
class SimulationPanelModelTest {

    private final Messages messages = TerminalApp.messages(Locale.ENGLISH);
    private final BlockingQueue<KeyEntry> keys = new LinkedBlockingQueue<>();
    private final AtomicInteger helpRequests = new AtomicInteger();
    private Devices devices;
    private DeviceController controller;
    private SimulationPanelModel panel;

    @BeforeEach
    void simulatedStation() {
        devices = Devices.open(DeviceSettings.simulated(), Clock.systemUTC());
        controller = new DeviceController(devices, keys::add, helpRequests::incrementAndGet, Runnable::run, Clock.systemUTC());
        panel = new SimulationPanelModel(devices.simulation().orElseThrow(), Runnable::run, messages);
    }

    @AfterEach
    void close() {
        controller.close();
        devices.close();
    }

    @Test
    void thePanelShowsTheColourTheLightHasLit() {
        assertThat(panel.litProperty().get()).isEqualTo(LightSignal.OFF);
        controller.show(TerminalStatus.REMOVED);
        assertThat(panel.litProperty().get()).isEqualTo(LightSignal.RED);
        assertThat(panel.litName(panel.litProperty().get())).isEqualTo("red");
        controller.show(TerminalStatus.WRITING);
        assertThat(panel.litProperty().get()).isEqualTo(LightSignal.GREEN);
    }

    @Test
    void thePanelsHelpButtonPressesTheStationsButton() {
        controller.show(TerminalStatus.WRITING);
        panel.pressHelp();
        assertThat(helpRequests).hasValue(1);
        assertThat(panel.litProperty().get()).isIn(LightSignal.AMBER, LightSignal.OFF); // blinking fast
        assertThat(devices.light().current()).isEqualTo(TerminalStatus.HELP_REQUESTED.light());
    }

    @Test
    void aCardTypedIntoThePanelIsTappedOnTheReader() throws InterruptedException {
        controller.openKeyEntry();
        panel.cardProperty().set("no");
        panel.presentCard();
        assertThat(panel.cardStatusProperty().get()).isEqualTo("A card number is 3 to 64 Latin letters and digits");

        panel.cardProperty().set("04a1b2c3");
        panel.presentCard();
        assertThat(panel.cardStatusProperty().get()).isEqualTo("Card 04A1B2C3 tapped");
        assertThat(keys.poll(2, TimeUnit.SECONDS)).isEqualTo(new KeyEntry.FromCard(new CardId("04A1B2C3")));
    }

    @Test
    void aSlipShownToTheSimulatedCameraEntersItsKey() throws InterruptedException {
        controller.openKeyEntry();
        panel.slipKeyProperty().set("x");
        panel.holdUpSlip();
        assertThat(panel.slipStatusProperty().get()).isEqualTo("A key is 4 to 64 Latin letters, digits or '-'");

        panel.slipKeyProperty().set("m4kt-7720-zq");
        panel.holdUpSlip();
        assertThat(panel.slipStatusProperty().get()).startsWith("Slip with its QR code held up");
        assertThat(keys.poll(10, TimeUnit.SECONDS)).isEqualTo(new KeyEntry.FromSlip("M4KT-7720-ZQ"));
    }
}
