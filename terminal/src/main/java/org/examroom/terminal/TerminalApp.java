package org.examroom.terminal;

import java.net.URI;
import java.nio.file.Path;
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
import org.examroom.terminal.screen.pairing.PairingView;
import org.examroom.terminal.screen.pairing.PairingViewModel;

/**
 * The kiosk application. Named parameters: {@code --lang=ru|en}, {@code --controller=URL},
 * {@code --data=DIR}, {@code --windowed=true} (a window instead of full screen, for desktops).
 */
public final class TerminalApp extends Application {

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
        if (!Boolean.parseBoolean(named.getOrDefault("windowed", "false"))) {
            stage.setFullScreen(true);
            stage.setFullScreenExitHint("");
        }
        stage.show();
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
