package org.examroom.console;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.examroom.common.i18n.Messages;
import org.examroom.common.net.RoomTrust;
import org.examroom.console.client.HttpStaffApi;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;
import org.examroom.console.screen.login.LoginViewModel;

/**
 * The admin console. Named parameters: {@code --lang=ru|en}, {@code --controller=URL}, {@code --ca=FILE},
 * {@code --university=NAME} (heads the key slips), {@code --documents=DIR} (where documents are saved),
 * {@code --login=NAME} and {@code --password-env=VAR} (sign in at once, as the demo does).
 */
public final class ConsoleApp extends Application {

    private final ExecutorService io = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().name("console-io").unstarted(r));
    private ConsoleWindow window;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        Messages messages = messages(Locale.forLanguageTag(named.getOrDefault("lang", "ru")));
        URI controller = URI.create(named.getOrDefault("controller", "https://localhost:8443"));
        Optional<Path> ca = Optional.ofNullable(named.get("ca")).map(Path::of);
        HttpStaffApi api = new HttpStaffApi(controller, RoomTrust.forClient(ca));
        Calls calls = new Calls(io, Platform::runLater);
        Times times = new Times(ZoneId.systemDefault(), messages.locale());
        Path documents = Path.of(named.getOrDefault("documents",
                Path.of(System.getProperty("user.home"), "ExamRoom", "documents").toString()));

        window = new ConsoleWindow(stage, api, calls, messages, times, Clock.systemUTC(),
                named.getOrDefault("university", ""), documents, RoomTrust.clientFingerprint(ca));
        LoginViewModel login = window.login();
        stage.show();
        Optional.ofNullable(named.get("login")).ifPresent(name -> {
            String password = Optional.ofNullable(named.get("password-env")).map(System::getenv).orElse("");
            login.loginProperty().set(name);
            login.passwordProperty().set(password);
            login.signIn();
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        io.shutdown();
    }

    /** The console's texts in the language asked for (Russian unless English). */
    public static Messages messages(Locale locale) {
        return Messages.load("org.examroom.console.messages", locale, ConsoleApp.class.getClassLoader());
    }

    /** A scene with the console's style sheet. */
    public static Scene scene(Parent root) {
        Scene scene = new Scene(root, 1400, 900);
        scene.getStylesheets().add(ConsoleApp.class.getResource("console.css").toExternalForm());
        return scene;
    }
}
