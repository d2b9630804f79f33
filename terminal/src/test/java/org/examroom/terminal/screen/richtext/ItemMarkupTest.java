package org.examroom.terminal.screen.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.examroom.terminal.screen.richtext.Block.Cell;
import org.examroom.terminal.screen.richtext.Block.ListBlock;
import org.examroom.terminal.screen.richtext.Block.Paragraph;
import org.examroom.terminal.screen.richtext.Block.Table;
import org.examroom.terminal.screen.richtext.Inline.Break;
import org.examroom.terminal.screen.richtext.Inline.Gap;
import org.examroom.terminal.screen.richtext.Inline.Image;
import org.examroom.terminal.screen.richtext.Inline.Style;
import org.examroom.terminal.screen.richtext.Inline.Text;
import org.junit.jupiter.api.Test;

/** Items' XHTML as blocks and inlines, without the toolkit. */
class ItemMarkupTest {

    private static Text text(String t, Style... styles) {
        return new Text(t, Set.of(styles));
    }

    private static Paragraph paragraph(Inline... inlines) {
        return new Paragraph(List.of(inlines), false);
    }

    @Test
    void paragraphsBreaksAndStyles() {
        assertThat(ItemMarkup.parse("<itemBody><p>Найдите <b>наибольшее</b> значение\n   функции<br/>"
                + "на <i>отрезке</i> [0; 2]</p><p>Ответ дайте  в <u>метрах</u>.</p></itemBody>"))
                .containsExactly(
                        paragraph(text("Найдите "), text("наибольшее", Style.BOLD), text(" значение функции"), new Break(),
                                text("на "), text("отрезке", Style.ITALIC), text(" [0; 2]")),
                        paragraph(text("Ответ дайте в "), text("метрах", Style.UNDERLINE), text(".")));
    }

    @Test
    void subscriptsSuperscriptsAndNestedStyles() {
        assertThat(ItemMarkup.parse("<p>H<sub>2</sub>O и x<sup>2</sup>, <b>жирный <i>курсив</i></b></p>"))
                .containsExactly(paragraph(text("H"), text("2", Style.SUB), text("O и x"), text("2", Style.SUP),
                        text(", "), text("жирный ", Style.BOLD), text("курсив", Style.BOLD, Style.ITALIC)));
    }

    @Test
    void listsNumberedAndBulletedNested() {
        List<Block> blocks = ItemMarkup.parse("<p>Условия:</p><ol><li>первое</li><li>второе<ul><li>а</li><li>б</li></ul></li></ol>");
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1)).isEqualTo(new ListBlock(true, List.of(
                List.of(paragraph(text("первое"))),
                List.of(paragraph(text("второе")), new ListBlock(false, List.of(
                        List.of(paragraph(text("а"))), List.of(paragraph(text("б")))))))));
    }

    @Test
    void simpleTablesWithHeaders() {
        assertThat(ItemMarkup.parse("<table><caption>Скорость</caption><thead><tr><th>t, с</th><th>v, м/с</th></tr></thead>"
                + "<tbody><tr><td>1</td><td>4</td></tr><tr><td>2</td><td>8</td></tr></tbody></table>"))
                .containsExactly(paragraph(text("Скорость")), new Table(List.of(
                        List.of(new Cell(List.of(paragraph(text("t, с"))), true), new Cell(List.of(paragraph(text("v, м/с"))), true)),
                        List.of(new Cell(List.of(paragraph(text("1"))), false), new Cell(List.of(paragraph(text("4"))), false)),
                        List.of(new Cell(List.of(paragraph(text("2"))), false), new Cell(List.of(paragraph(text("8"))), false)))));
    }

    @Test
    void picturesKeepTheirSourceAndWords() {
        assertThat(ItemMarkup.parse("<p>График: <img src=\"images/graph.png\" alt=\"график функции\"/></p>"
                + "<p><object data=\"formula.svg\" type=\"image/svg+xml\">x = 2</object></p>"))
                .containsExactly(paragraph(text("График: "), new Image("images/graph.png", "график функции")),
                        paragraph(new Image("formula.svg", "x = 2")));
    }

    @Test
    void htmlHabitsAreMended() {
        assertThat(ItemMarkup.parse("<p>a&nbsp;&lt;&nbsp;b &mdash; верно<br>R &amp; D, &unknown; и & так<img src=\"@x.png\"></p>"))
                .containsExactly(paragraph(text("a\u00A0<\u00A0b — верно"), new Break(), text("R & D, &unknown; и & так"),
                        new Image("@x.png", "")));
    }

    @Test
    void interactionsLeaveTheirControlsToTheScreenAndInlineAnswersLeaveAGap() {
        assertThat(ItemMarkup.parse("<itemBody><p>Столица Франции — <textEntryInteraction responseIdentifier=\"R1\"/>.</p>"
                + "<choiceInteraction responseIdentifier=\"R2\" maxChoices=\"1\"><prompt>Выберите</prompt>"
                + "<simpleChoice identifier=\"A\">Париж</simpleChoice></choiceInteraction></itemBody>"))
                .containsExactly(paragraph(text("Столица Франции — "), new Gap("R1"), text(".")));
        assertThat(ItemMarkup.parse("<gapMatchInteraction responseIdentifier=\"R\"><gapText identifier=\"W\">Пушкин</gapText>"
                + "<p>«Онегина» написал <gap identifier=\"G1\"/>.</p></gapMatchInteraction>"))
                .containsExactly(paragraph(text("«Онегина» написал "), new Gap("G1"), text(".")));
    }

    @Test
    void mathMlBecomesTextWithScripts() {
        String formula = "<p>Решите <math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mrow><msup><mi>x</mi><mn>2</mn></msup>"
                + "<mo>=</mo><mfrac><mn>1</mn><mrow><mi>a</mi><mo>+</mo><mn>1</mn></mrow></mfrac></mrow>"
                + "<annotation encoding=\"TeX\">x^2</annotation></math></p>";
        assertThat(ItemMarkup.parse(formula)).containsExactly(paragraph(text("Решите "), text("x", Style.ITALIC),
                text("2", Style.SUP), text(" = 1/("), text("a", Style.ITALIC), text(" + 1)")));
        assertThat(ItemMarkup.parse("<m:math><m:msqrt><m:mn>144</m:mn></m:msqrt></m:math>"))
                .containsExactly(paragraph(text("√(144)")));
    }

    @Test
    void unknownElementsGiveTheirTextAndScriptsNothing() {
        assertThat(ItemMarkup.parse("<p><span class=\"x\">один</span> <blink>два</blink><script>alert(1)</script></p>"))
                .containsExactly(paragraph(text("один два")));
    }

    @Test
    void aDoctypeOrAnExternalEntityIsNeverReadAndTheTextStillShows() {
        List<Block> blocks = ItemMarkup.parse("<!DOCTYPE p [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><p>Вопрос &secret;</p>");
        assertThat(blocks).hasSize(1);
        assertThat(blocks.toString()).doesNotContain("root:");
        assertThat(ItemMarkup.plainText(blocks).orElseThrow()).contains("Вопрос");
    }

    @Test
    void brokenMarkupDegradesToPlainParagraphsNeverAFailure() {
        assertThat(ItemMarkup.parse("<p>Первый <b>абзац</p><p>второй")).containsExactly(
                paragraph(text("Первый абзац")), paragraph(text("второй")));
        assertThat(ItemMarkup.parse("")).isEmpty();
        assertThat(ItemMarkup.parse(null)).isEmpty();
        assertThat(ItemMarkup.parse("просто текст")).containsExactly(paragraph(text("просто текст")));
    }

    @Test
    void plainTextIsOfferedOnlyForUnstyledSingleParagraphs() {
        assertThat(ItemMarkup.plainText(ItemMarkup.parse("2x"))).contains("2x");
        assertThat(ItemMarkup.plainText(ItemMarkup.parse("<p>x<sup>2</sup></p>"))).isEmpty();
        assertThat(ItemMarkup.plainText(ItemMarkup.parse("<p>a</p><p>b</p>"))).isEmpty();
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertThat(ItemMarkup.parse("<pre>\nfor i in range(3):\n    print(i)\n</pre>"))
                .containsExactly(new Block.Preformatted("for i in range(3):\n    print(i)"));
    }
}
