package org.examroom.terminal.screen.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.examroom.common.content.Choice;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.i18n.Messages;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.journal.AnswerJournal;
import org.examroom.terminal.session.SessionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real test screen, headless: every interaction type answered with the mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class TestViewTest {

    static final List<Choice> OPTIONS = List.of(Choice.of("A", "Пушкин"), Choice.of("B", "Лермонтов"), Choice.of("C", "Гоголь"));
    static final List<Choice> TARGETS = List.of(Choice.of("T1", "«Мёртвые души»"), Choice.of("T2", "«Евгений Онегин»"));

    static final List<Item.PublicItem> ITEMS = List.of(
            item("single", InteractionType.CHOICE, OPTIONS, List.of(), 1),
            item("multiple", InteractionType.CHOICE, OPTIONS, List.of(), 0),
            item("text", InteractionType.TEXT_ENTRY, List.of(), List.of(), 0),
            item("essay", InteractionType.EXTENDED_TEXT, List.of(), List.of(), 0),
            item("inline", InteractionType.INLINE_CHOICE, OPTIONS, List.of(), 1),
            item("order", InteractionType.ORDER, OPTIONS, List.of(), 0),
            item("match", InteractionType.MATCH, OPTIONS, TARGETS, 0),
            item("associate", InteractionType.ASSOCIATE, OPTIONS, List.of(), 0),
            item("gaps", InteractionType.GAP_MATCH, OPTIONS, TARGETS, 0));

    static Item.PublicItem item(String id, InteractionType type, List<Choice> choices, List<Choice> targets, int max) {
        return new Item.PublicItem(id, "Вопрос " + id, "<p>Текст вопроса <b>" + id + "</b></p>",
                List.of(new Interaction(type, "RESPONSE", "", choices, targets, 0, max, false)), List.of());
    }

    AnswerJournal journal;
    TestViewModel model;
    Messages messages = TerminalApp.messages(Locale.ENGLISH);
    Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        journal = AnswerJournal.open(Files.createTempDirectory("journal").resolve("j"), Clock.systemUTC());
        model = new TestViewModel(ITEMS, journal, () -> { }, messages, true);
        model.update(new SessionState(false, Optional.of(9 * 60L + 30), false, 0, "IN_PROGRESS"));
        stage.setScene(TerminalApp.scene(new TestView(model, messages, () -> { }, () -> { })));
        stage.show();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private void go(FxRobot robot, int number) {
        robot.clickOn("#nav-" + number);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyInteractionTypeIsAnsweredOnScreen(FxRobot robot) {
        assertThat(robot.lookup("#clock").queryAs(Label.class).getText()).isEqualTo("09:30 left");
        assertThat(robot.lookup("#time-warning").queryAs(Label.class).getText()).isEqualTo("Less than 10 minutes left");
        assertThat(robot.lookup("#offline").queryAs(Label.class).isVisible()).isTrue();

        robot.clickOn(robot.lookup("#choice-B").queryAs(RadioButton.class));
        go(robot, 2);
        robot.clickOn(robot.lookup("#choice-A").queryAs(CheckBox.class));
        robot.clickOn(robot.lookup("#choice-C").queryAs(CheckBox.class));
        go(robot, 3);
        robot.clickOn("#text-entry").write("1837");
        go(robot, 4);
        robot.clickOn("#extended-text").write("Essay");
        go(robot, 5);
        robot.interact(() -> {
            ComboBox<?> inline = robot.lookup("#inline-RESPONSE").queryAs(ComboBox.class);
            inline.getSelectionModel().select(2);
        });
        go(robot, 6);
        robot.interact(() -> robot.lookup("#order").queryAs(ListView.class).getSelectionModel().select(2));
        robot.clickOn("#order-up");
        go(robot, 7);
        robot.interact(() -> robot.lookup("#pair-A").queryAs(ComboBox.class).getSelectionModel().select(1));
        go(robot, 8);
        robot.interact(() -> robot.lookup("#pair-A").queryAs(ComboBox.class).getSelectionModel().select(0));
        go(robot, 9);
        robot.interact(() -> robot.lookup("#pair-T1").queryAs(ComboBox.class).getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.response("single", "RESPONSE")).isEqualTo(new ResponseValue.Identifier("B"));
        assertThat(model.response("multiple", "RESPONSE")).isEqualTo(new ResponseValue.IdentifierSet(Set.of("A", "C")));
        assertThat(model.response("text", "RESPONSE")).isEqualTo(new ResponseValue.Text("1837"));
        assertThat(model.response("essay", "RESPONSE")).isEqualTo(new ResponseValue.Text("Essay"));
        assertThat(model.response("inline", "RESPONSE")).isEqualTo(new ResponseValue.Identifier("C"));
        assertThat(model.response("order", "RESPONSE")).isEqualTo(new ResponseValue.OrderedIdentifiers(List.of("A", "C", "B")));
        assertThat(model.response("match", "RESPONSE")).isEqualTo(new ResponseValue.PairSet(Set.of(new ResponseValue.Pair("A", "T2"))));
        assertThat(model.response("associate", "RESPONSE")).isEqualTo(new ResponseValue.PairSet(Set.of(new ResponseValue.Pair("A", "B"))));
        assertThat(model.response("gaps", "RESPONSE")).as("a gap text comes first, then its gap")
                .isEqualTo(new ResponseValue.PairSet(Set.of(new ResponseValue.Pair("C", "T1"))));
        assertThat(journal.answers()).hasSize(9);
        assertThat(robot.lookup("#nav-1").queryButton().getStyleClass()).contains("answered");
    }

    @Test
    void theNavigatorShowsFlagsAndTheFinishStepsListTheUnanswered(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#choice-A").queryAs(RadioButton.class).fire());
        assertThat(model.status("single")).isEqualTo(TestViewModel.ItemStatus.ANSWERED);
        go(robot, 3);
        robot.clickOn("#flag");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-3").queryButton().getStyleClass()).contains("flagged", "unanswered", "current");
        snapshot("test");

        robot.clickOn("#calculator-open");
        robot.clickOn("#calculator-expression").write("12*12\n");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calculator-result").queryAs(Label.class).getText()).isEqualTo("144");
        robot.clickOn("#calculator-open");

        robot.clickOn("#end-attempt");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#finish-summary").queryAs(Label.class).getText())
                .isEqualTo("Questions without an answer: 2, 3, 4, 5, 6, 7, 8, 9");
        snapshot("finish-summary");
        robot.clickOn("#finish-send-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#finish-confirm").queryButton().isVisible()).isTrue();
        assertThat(model.finishStageProperty().get()).isEqualTo(FinishStage.CONFIRM);
    }

    @Test
    void fontSizeAndContrastSwitch(FxRobot robot) {
        robot.clickOn("#font-larger");
        robot.clickOn("#contrast");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.fontScaleProperty().get()).isEqualTo(1.25);
        assertThat(robot.lookup(".test").queryAs(TestView.class).getStyleClass()).contains("high-contrast");
    }

    /** Writes the screen to target/screens for docs/screens. */
    private void snapshot(String name) throws Exception {
        Path dir = Path.of("target", "screens");
        Files.createDirectories(dir);
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image fx = WaitForAsyncUtils.waitFor(image);
        var png = new java.awt.image.BufferedImage((int) fx.getWidth(), (int) fx.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, fx.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", dir.resolve(name + "-en.png").toFile());
    }
}
