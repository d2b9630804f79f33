package org.examroom.terminal.screen.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.examroom.common.i18n.Messages;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.client.PairingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real pairing screen in a real (headless) window, driven by keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class PairingViewTest {

    @Start
    void start(Stage stage) {
        Messages messages = TerminalApp.messages(Locale.ENGLISH);
        PairingService controller = (terminal, code) ->
                CompletableFuture.completedFuture(new PairingService.Outcome.Paired("B-07"));
        stage.setScene(TerminalApp.scene(new PairingView(
                new PairingViewModel("T-ABC123", controller, Platform::runLater, messages), messages)));
        stage.show();
    }

    @Test
    void showsTheTerminalIdAndPairsWithATypedCode(FxRobot robot) {
        assertThat(robot.lookup("#terminal-id").queryAs(Label.class).getText()).isEqualTo("Terminal T-ABC123");
        Button connect = robot.lookup("#pairing-submit").queryButton();
        assertThat(connect.isDisabled()).isTrue();

        robot.clickOn("#pairing-code").write("246810");
        assertThat(connect.isDisabled()).isFalse();

        robot.clickOn(connect);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pairing-status").queryAs(Label.class).getText())
                .isEqualTo("Terminal connected: seat B-07");
    }
}
