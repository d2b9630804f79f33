package org.examroom.console.screen.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.examroom.common.i18n.Messages;
import org.examroom.console.ConsoleApp;
import org.examroom.console.client.StaffLogin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real sign-in screen, in Russian, in a real (headless) window. */
@ExtendWith(ApplicationExtension.class)
class LoginViewTest {

    @Start
    void start(Stage stage) {
        Messages messages = ConsoleApp.messages(Locale.of("ru"));
        StaffLogin controller = (login, password) -> CompletableFuture.completedFuture(
                "s3cret".equals(new String(password))
                        ? new StaffLogin.Outcome.Welcome(new StaffLogin.SignedIn("Петров И. С.", java.util.List.of("SUPERVISOR", "COMMITTEE_MEMBER")))
                        : new StaffLogin.Outcome.Refused("HTTP 401"));
        stage.setScene(ConsoleApp.scene(new LoginView(new LoginViewModel(controller, Platform::runLater, messages), messages)));
        stage.show();
    }

    @Test
    void signsInWithTypedCredentials(FxRobot robot) {
        assertThat(robot.lookup("#login-title").queryAs(Label.class).getText()).isEqualTo("Вход для персонала");
        assertThat(robot.lookup("#login-submit").queryButton().isDisabled()).isTrue();

        robot.clickOn("#login-name").write("petrov");
        robot.clickOn("#login-password").write("wrong");
        robot.clickOn("#login-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#login-status").queryAs(Label.class).getText()).isEqualTo("Вход не выполнен: HTTP 401");

        robot.clickOn("#login-password").write("s3cret");
        robot.clickOn("#login-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#login-status").queryAs(Label.class).getText()).isEqualTo("Вы вошли: Петров И. С. (ответственный по аудитории, член комиссии)");
    }
}
