package org.examroom.terminal.screen.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.examroom.common.i18n.Messages;
import org.examroom.face.ProctoringPolicy;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.proctor.FaceChecks;
import org.examroom.terminal.proctor.FaceSetup;
import org.examroom.terminal.proctor.StillCamera;
import org.examroom.common.content.Choice;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real screens from the seat to the end, driven with the mouse and keyboard in Russian and English against a
 * controller in memory; each screen is written to target/screens.
 */
@ExtendWith(ApplicationExtension.class)
class FlowViewTest {

    static final List<Item.PublicItem> ITEMS = List.of(
            new Item.PublicItem("single", "Производная", "<p>Производная x² равна</p>", List.of(new Interaction(
                    InteractionType.CHOICE, "RESPONSE", "", List.of(Choice.of("A", "2x"), Choice.of("B", "x²/2")),
                    List.of(), 1, 1, false)), List.of()),
            new Item.PublicItem("match", "Авторы", "<p>Соотнесите авторов и произведения</p>", List.of(new Interaction(
                    InteractionType.MATCH, "RESPONSE", "", List.of(Choice.of("A", "Пушкин"), Choice.of("B", "Гоголь")),
                    List.of(Choice.of("T1", "«Мёртвые души»"), Choice.of("T2", "«Евгений Онегин»")), 0, 0, false)),
                    List.of()),
            new Item.PublicItem("essay", "Эссе", "<p>Почему важно сохранять каждый ответ?</p>", List.of(new Interaction(
                    InteractionType.EXTENDED_TEXT, "RESPONSE", "", List.of(), List.of(), 0, 0, false)), List.of()));

    Stage stage;
    MovableClock clock;
    ApplicantFlow flow;
    FakeController controller;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (flow != null) {
            flow.close();
        }
    }

    private void open(Locale locale) throws Exception {
        Messages messages = TerminalApp.messages(locale);
        Instant start = Instant.now().plus(Duration.ofMinutes(14));
        clock = new MovableClock(Instant.now());
        controller = new FakeController(ITEMS, start);
        Path data = Files.createTempDirectory("terminal");
        // Face checks unavailable: the photos are taken unchecked from a camera that shows a grey desk.
        flow = new ApplicantFlow(data, controller, Runnable::run, Platform::runLater, clock, System::nanoTime,
                messages, new FaceSetup(new FaceChecks.Unavailable("not in this test", ProctoringPolicy.IN_ROOM),
                        StillCamera.greyDesk(), Runnable::run));
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(TerminalApp.scene(new FlowView(flow, messages, new Label("pairing"))));
            stage.show();
            flow.paired("1-2", Optional.of("101"));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void walk(FxRobot robot, String language) throws Exception {
        assertThat(robot.lookup("#seat").queryAs(Label.class).getText()).endsWith("1-2");
        snapshot("1-seat-" + language);
        robot.clickOn("#enter-key");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#access-key").write(FakeController.KEY.substring(0, FakeController.KEY.length() - 1).toLowerCase(Locale.ROOT).replace('-', ' '));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#key-submit").queryButton().isDisabled()).isTrue();
        snapshot("2-key-" + language);
        robot.write(FakeController.KEY.substring(FakeController.KEY.length() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#key-submit").queryButton().isDisabled()).isFalse();
        robot.clickOn("#key-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.screen()).isEqualTo(Screen.RULES);

        robot.clickOn("#rules-accept");
        assertThat(robot.lookup("#rules-continue").queryButton().isDisabled()).isTrue();
        robot.clickOn("#rules-consent");
        snapshot("3-rules-" + language);
        robot.clickOn("#rules-continue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.screen()).isEqualTo(Screen.PHOTOS);
        // the camera's frames come on their own thread: a shot needs the first of them
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> flow.photos().previewProperty().get() != null).get());

        for (int i = 0; i < ApplicantFlow.PHOTOS; i++) {
            robot.clickOn("#photo-take");
        }
        assertThat(robot.lookup("#photo-take").queryButton().isDisabled()).isTrue();
        snapshot("4-photos-" + language);
        robot.clickOn("#photos-send");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.screen()).isEqualTo(Screen.WAITING);
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(robot.lookup("#countdown").queryAs(Label.class).getText()).contains("13:");
        snapshot("5-waiting-" + language);
        assertThat(robot.lookup("#begin").queryButton().isDisabled()).as("not before the scheduled start").isTrue();
        clock.now = Instant.now().plus(Duration.ofMinutes(15));
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.clickOn("#begin");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.screen()).isEqualTo(Screen.TEST);

        robot.interact(() -> robot.lookup("#choice-A").queryAs(RadioButton.class).fire());
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        snapshot("6-test-" + language);
        robot.clickOn("#end-attempt");
        WaitForAsyncUtils.waitForFxEvents();
        snapshot("7-finish-summary-" + language);
        robot.clickOn("#finish-send-all");
        WaitForAsyncUtils.waitForFxEvents();
        snapshot("8-finish-confirm-" + language);
        robot.clickOn("#finish-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.screen()).isEqualTo(Screen.DONE);
        assertThat(controller.state).isEqualTo("SUBMITTED");
        assertThat(controller.saved).containsOnlyKeys("single");
        snapshot("9-done-" + language);
    }

    @Test
    void theWholeWayInRussian(FxRobot robot) throws Exception {
        open(Locale.of("ru"));
        walk(robot, "ru");
        assertThat(robot.lookup("#done-text").queryAs(Label.class).getText()).startsWith("Работа сдана");
    }

    @Test
    void theWholeWayInEnglish(FxRobot robot) throws Exception {
        open(Locale.ENGLISH);
        walk(robot, "en");
        assertThat(robot.lookup("#done-text").queryAs(Label.class).getText()).startsWith("Your work is submitted");
    }

    private void snapshot(String name) throws Exception {
        Path dir = Path.of("target", "screens");
        Files.createDirectories(dir);
        var image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)));
        var png = new java.awt.image.BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", dir.resolve(name + ".png").toFile());
    }

    /** The terminal's clock, moved by the test to the exam's start. */
    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
