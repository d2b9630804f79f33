package org.examroom.terminal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javax.net.ssl.SSLContext;
import org.examroom.terminal.client.Credential;
import org.examroom.terminal.client.HttpTerminalApi;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.kiosk.SupervisorCode;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.model.ModelStore;
import org.examroom.terminal.proctor.CameraFeed;
import org.examroom.terminal.proctor.FaceChecks;
import org.examroom.terminal.proctor.FaceSetup;
import org.examroom.terminal.screen.flow.ApplicantFlow;
import org.examroom.terminal.screen.flow.FlowView;
import org.examroom.terminal.screen.flow.Screen;
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
 * {@code --data=DIR}, {@code --models=DIR} (the face-check models, {@code ~/.examroom/models} by default),
 * {@code --windowed=true} (a window instead of full screen, for desktops), and the
 * devices' options read by {@link DeviceSettings#fromParameters} ({@code --devices=simulated|pi}, …).
 */
public final class TerminalApp extends Application {

    private static final System.Logger LOG = System.getLogger(TerminalApp.class.getName());

    private Devices devices;
    private ApplicantFlow flow;
    private boolean setupReported;
    private DeviceController deviceController;

    /** Where the terminal keeps its id and journal when nothing says otherwise. */
    public static final Path DEFAULT_DATA = Path.of(System.getProperty("user.home"), ".examroom", "terminal");

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        Messages messages = messages(Locale.forLanguageTag(named.getOrDefault("lang", "ru")));
        Path data = Path.of(named.getOrDefault("data", DEFAULT_DATA.toString()));
        URI controller = URI.create(named.getOrDefault("controller", "https://localhost:8443"));
        SSLContext tls = RoomTrust.forClient(Optional.ofNullable(named.get("ca")).map(Path::of));
        AtomicReference<Optional<Credential>> credential = new AtomicReference<>(Credential.load(data));

        TerminalApi api = new HttpTerminalApi(controller, tls,
                () -> credential.get().map(Credential::token).orElse(""), Duration.ofSeconds(3));
        ExecutorService io = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().name("controller-calls").unstarted(r));
        devices = Devices.open(DeviceSettings.fromParameters(named), Clock.systemUTC());
        ModelStore models = new ModelStore(Path.of(named.getOrDefault("models", ModelStore.DEFAULT_FOLDER.toString())));
        ExecutorService photoWork = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("photo-checks").unstarted(r));
        // The photos are checked by the room's figures; monitoring takes the applicant's preset from the controller.
        FaceSetup face = new FaceSetup(FaceChecks.open(models, ProctoringPolicy.IN_ROOM), CameraFeed.of(devices.camera()), photoWork);
        flow = new ApplicantFlow(data, api, io, Platform::runLater, Clock.systemUTC(), System::nanoTime, messages, face);
        PairingViewModel pairing = new PairingViewModel(TerminalIdentity.loadOrCreate(data),
                new HttpPairingService(controller, tls, c -> {
                    c.save(data);
                    credential.set(Optional.of(c));
                }), Platform::runLater, messages);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene(new FlowView(flow, messages, new PairingView(pairing, messages))));
        startDevices(devices.settings(), stage, messages);
        pairing.seatProperty().addListener((observable, before, seat) -> {
            if (!seat.isEmpty()) {
                flow.paired(seat, credential.get().flatMap(Credential::roomId));
            }
        });
        flow.screenProperty().addListener((o, before, now) -> {
            deviceController.show(switch (now) {
                case PAIRING -> TerminalStatus.UNPAIRED;
                case TEST -> TerminalStatus.WRITING;
                case DONE -> TerminalStatus.FINISHED;
                default -> TerminalStatus.READY;
            });
            if (now == Screen.KEY) {
                deviceController.openKeyEntry();
            } else if (before == Screen.KEY) {
                deviceController.closeKeyEntry();
            }
            if (now == Screen.TEST && !setupReported) {
                setupReported = true;
                flow.reportSetup(javafx.stage.Screen.getScreens().size());
            }
        });
        credential.get().ifPresent(c -> flow.paired(c.seat(), c.roomId()));
        kiosk(stage, named, messages);
        stage.show();
    }

    /**
     * Full screen without decorations or an exit key; closing the window or Ctrl+Alt+Q asks for the supervisor's
     * code, configured as {@code --exit-code-sha256=HEX}.
     */
    private void kiosk(Stage stage, Map<String, String> named, Messages messages) {
        if (Boolean.parseBoolean(named.getOrDefault("windowed", "false"))) {
            return;
        }
        SupervisorCode code = new SupervisorCode(named.getOrDefault("exit-code-sha256", ""));
        stage.setFullScreen(true);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        Runnable askToLeave = () -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.initOwner(stage);
            dialog.setTitle(messages.get("kiosk.exit.title"));
            dialog.setHeaderText(messages.get("kiosk.exit.prompt"));
            dialog.showAndWait().ifPresent(typed -> {
                if (code.matches(typed)) {
                    Platform.exit();
                } else {
                    LOG.log(System.Logger.Level.WARNING, "A wrong code was typed to leave kiosk mode");
                }
            });
        };
        stage.setOnCloseRequest(e -> {
            e.consume();
            askToLeave.run();
        });
        stage.getScene().getAccelerators().put(KeyCombination.keyCombination("Ctrl+Alt+Q"), askToLeave);
    }

    /** Connects the opened devices; in simulation, shows their panel in a small window beside the kiosk. */
    private void startDevices(DeviceSettings settings, Stage stage, Messages messages) {
        deviceController = new DeviceController(devices, flow.keyEntry(), flow::help, Platform::runLater, Clock.systemUTC());
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
