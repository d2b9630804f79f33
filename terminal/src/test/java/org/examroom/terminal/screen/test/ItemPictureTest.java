package org.examroom.terminal.screen.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.examroom.common.content.Choice;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.examroom.common.i18n.Messages;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.journal.AnswerJournal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An item whose body has a picture and styled text, on the real test screen: the picture shows, the switches apply. */
@ExtendWith(ApplicationExtension.class)
class ItemPictureTest {

    static final Item.PublicItem GRAPH = new Item.PublicItem("graph", "График",
            "<itemBody><p>По графику функции <i>y</i> = <i>x</i><sup>2</sup> найдите <b>наименьшее</b> значение.</p>"
                    + "<p><img src=\"images/graph.png\" alt=\"график параболы\"/></p>"
                    + "<choiceInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"1\"><simpleChoice identifier=\"A\">0"
                    + "</simpleChoice></choiceInteraction></itemBody>",
            List.of(new Interaction(InteractionType.CHOICE, "RESPONSE", "", List.of(Choice.of("A", "0"),
                    Choice.of("B", "<p>x<sub>0</sub></p>")), List.of(), 0, 1, false)),
            List.of("items/images/graph.png"));

    AnswerJournal journal;
    final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        journal = AnswerJournal.open(Files.createTempDirectory("journal").resolve("j"), Clock.systemUTC());
        Messages messages = TerminalApp.messages(Locale.of("ru"));
        ItemMedia media = (item, path, then) -> {
            asked.add(item + " " + path);
            then.accept(path.equals("items/images/graph.png") ? Optional.of(png(240, 120)) : Optional.empty());
        };
        TestViewModel model = new TestViewModel(List.of(GRAPH), journal, () -> { }, messages, false, media);
        stage.setScene(TerminalApp.scene(new TestView(model, messages, () -> { }, () -> { })));
        stage.show();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void thePictureFromTheItemsMediaIsShownInTheBody(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly("graph items/images/graph.png");
        ImageView picture = robot.lookup("#question-body .item-image").queryAs(ImageView.class);
        assertThat(picture.getImage().getWidth()).isEqualTo(240);
        assertThat(picture.isVisible()).isTrue();
        assertThat(picture.localToScene(picture.getBoundsInLocal()).getWidth()).isEqualTo(240);
        assertThat(robot.lookup(".rich-picture-words").tryQuery()).as("the words give way to the picture").isEmpty();
        Text bold = robot.lookup(".rich-bold").queryAs(Text.class);
        assertThat(bold.getText()).isEqualTo("наименьшее");
        assertThat(bold.getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(robot.lookup(".rich-sup").queryAs(Text.class).getTranslateY()).isNegative();
        assertThat(robot.lookup("#choice-B").queryLabeled().getGraphic()).as("a choice with markup shows it").isNotNull();
        assertThat(robot.lookup("#choice-A").queryLabeled().getText()).isEqualTo("0");
    }

    @Test
    void theFontSizeAndHighContrastSwitchesApplyToItemText(FxRobot robot) {
        Text bold = robot.lookup(".rich-bold").queryAs(Text.class);
        double before = bold.getFont().getSize();
        robot.clickOn("#font-larger").clickOn("#font-larger");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bold.getFont().getSize()).isEqualTo(before * 1.5);
        assertThat(bold.getFill()).isNotEqualTo(Color.YELLOW);
        robot.clickOn("#contrast");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bold.getFill()).isEqualTo(Color.YELLOW);
    }

    static byte[] png(int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(java.awt.Color.BLUE);
            for (int x = 0; x < width; x++) {
                double t = (x - width / 2.0) / (width / 2.0);
                g.fillRect(x, (int) ((height - 4) * t * t), 2, 2);
            }
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
