package org.examroom.terminal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.examroom.common.i18n.Messages;
import org.examroom.common.net.RoomTrust;
import org.examroom.terminal.client.HttpPairingService;
import org.examroom.terminal.device.CardReaderChoice;
import org.examroom.terminal.device.CardWedgeFilter;
import org.examroom.terminal.device.DeviceController;
import org.examroom.terminal.device.DeviceSettings;
import org.examroom.terminal.device.Devices;
import org.examroom.terminal.device.SimulationPanel;
import org.examroom.terminal.device.SimulationPanelModel;
import org.examroom.terminal.device.TerminalStatus;
import org.examroom.terminal.screen.pairing.PairingView;
import org.examroom.terminal.screen.pairing.PairingViewModel;

/**
 * The kiosk application. Named parameters: {@code --lang=ru|en}, {@code --controller=URL},
 * {@code --data=DIR}, {@code --windowed=true} (a window instead of full screen, for desktops), and the
 * devices' options read by {@link DeviceSettings#fromParameters} ({@code --devices=simulated|pi}, …).
 */
public final class TerminalApp extends Application {

    private static final System.Logger LOG = System.getLogger(TerminalApp.class.getName());

    private Devices devices;
    private DeviceController deviceController;

    /** Where the terminal keeps its id and journal when nothing says otherwise. */
    public static final Path DEFAULT_DATA = Path.of(System.getProperty("user.home"), ".examroom", "terminal");

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        Messages messages = messages(Locale.forLanguageTag(named.getOrDefault("lang", "ru")));
        Path data = Path.of(named.getOrDefault("data", DEFAULT_DATA.toString()));
        URI controller = URI.create(named.getOrDefault("controller", "https://localhost:8443"));

        PairingViewModel pairing = new PairingViewModel(
                TerminalIdentity.loadOrCreate(data), new HttpPairingService(controller,
                        RoomTrust.forClient(Optional.ofNullable(named.get("ca")).map(Path::of))), Platform::runLater, messages);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene(new PairingView(pairing, messages)));
        startDevices(DeviceSettings.fromParameters(named), stage, messages);
        pairing.seatProperty().addListener((observable, before, seat) -> {
            if (!seat.isEmpty()) {
                deviceController.show(TerminalStatus.READY);
            }
        });
        if (!Boolean.parseBoolean(named.getOrDefault("windowed", "false"))) {
            stage.setFullScreen(true);
            stage.setFullScreenExitHint("");
        }
        stage.show();
    }

    /** Opens the devices; in simulation, shows their panel in a small window beside the kiosk. */
    private void startDevices(DeviceSettings settings, Stage stage, Messages messages) {
        devices = Devices.open(settings, Clock.systemUTC());
        // The key-entry screen will take these; until it exists, device-entered keys are only noted.
        deviceController = new DeviceController(devices,
                entry -> LOG.log(System.Logger.Level.INFO, "A key arrived from a device: {0}", entry.getClass().getSimpleName()),
                () -> LOG.log(System.Logger.Level.INFO, "The help button was pressed"),
                Platform::runLater, Clock.systemUTC());
        if (settings.cardReader() instanceof CardReaderChoice.KeyboardWedge) {
            CardWedgeFilter.install(stage, deviceController::cardPresented);
        }
        devices.simulation().ifPresent(station -> {
            Stage panel = new Stage();
            panel.setTitle(messages.get("simulation.title"));
            panel.setScene(scene(new SimulationPanel(new SimulationPanelModel(station, Platform::runLater, messages), messages)));
            panel.setWidth(420);
            panel.setHeight(300);
            panel.show();
        });
    }

    @Override
    public void stop() {
        if (deviceController != null) {
            deviceController.close();
        }
        if (devices != null) {
            devices.close();
        }
    }

    /** The terminal's texts in the language asked for (Russian unless English). */
    public static Messages messages(Locale locale) {
        return Messages.load("org.examroom.terminal.messages", locale, TerminalApp.class.getClassLoader());
    }

    /** A scene with the terminal's style sheet. */
    public static Scene scene(Parent root) {
        Scene scene = new Scene(root, 1024, 768);
        scene.getStylesheets().add(TerminalApp.class.getResource("terminal.css").toExternalForm());
        return scene;
    }
}
