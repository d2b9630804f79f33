package org.examroom.console;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.stage.Stage;
import org.examroom.common.i18n.Messages;
import org.examroom.console.client.StaffApi;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;
import org.examroom.console.screen.desk.DeskView;
import org.examroom.console.screen.desk.DeskViewModel;
import org.examroom.console.screen.login.LoginView;
import org.examroom.console.screen.login.LoginViewModel;

/** The console's window: the sign-in screen first, then the desk of whoever signed in. */
public final class ConsoleWindow implements AutoCloseable {

    private final LoginViewModel login;
    private DeskViewModel desk;
    private DeskView deskView;

    /**
     * {@code university} heads the key slips; saved documents go under {@code documents}; {@code roomFingerprint} is
     * the trusted room CA's, shown on the setup tab.
     */
    public ConsoleWindow(Stage stage, StaffApi api, Calls calls, Messages messages, Times times, Clock clock,
                         String university, Path documents, Optional<String> roomFingerprint) {
        login = new LoginViewModel(api, calls.ui(), messages);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(ConsoleApp.scene(new LoginView(login, messages)));
        login.staffProperty().addListener((o, was, staff) -> {
            if (staff != null && desk == null) {
                desk = new DeskViewModel(api, calls, messages, times, clock, staff, university, documents);
                roomFingerprint.ifPresent(desk.setup().roomFingerprintProperty()::set);
                deskView = new DeskView(desk, messages);
                stage.getScene().setRoot(deskView);
                desk.load();
            }
        });
    }

    public LoginViewModel login() {
        return login;
    }

    /** The desk, once someone has signed in. */
    public Optional<DeskViewModel> desk() {
        return Optional.ofNullable(desk);
    }

    public Optional<DeskView> deskView() {
        return Optional.ofNullable(deskView);
    }

    @Override
    public void close() {
        if (desk != null) {
            desk.close();
        }
    }
}
