package org.examroom.console;

import java.net.URI;
import java.util.Locale;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.examroom.common.i18n.Messages;
import org.examroom.common.net.RoomTrust;
import org.examroom.console.client.HttpStaffLogin;
import org.examroom.console.screen.login.LoginView;
import org.examroom.console.screen.login.LoginViewModel;

/** The admin console. Named parameters: {@code --lang=ru|en}, {@code --controller=URL}. */
public final class ConsoleApp extends Application {

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        Messages messages = messages(Locale.forLanguageTag(named.getOrDefault("lang", "ru")));
        URI controller = URI.create(named.getOrDefault("controller", "https://localhost:8443"));

        LoginViewModel login = new LoginViewModel(new HttpStaffLogin(controller,
                RoomTrust.forClient(Optional.ofNullable(named.get("ca")).map(Path::of))), Platform::runLater, messages);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene(new LoginView(login, messages)));
        stage.show();
    }

    /** The console's texts in the language asked for (Russian unless English). */
    public static Messages messages(Locale locale) {
        return Messages.load("org.examroom.console.messages", locale, ConsoleApp.class.getClassLoader());
    }

    /** A scene with the console's style sheet. */
    public static Scene scene(Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(ConsoleApp.class.getResource("console.css").toExternalForm());
        return scene;
    }
}
