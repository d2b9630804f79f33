package org.examroom.launcher.terminal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.Item;
import org.examroom.common.content.SourceFiles;
import org.examroom.common.seal.ExamContent;
import org.examroom.common.seal.SealedPackage;
import org.examroom.common.seal.SigningKeys;
import org.examroom.common.seal.UnsealKey;
import org.examroom.common.variant.Variant;

/**
 * The exam's content as the central office would send it: a Moodle XML bank of four questions (one with a picture,
 * a table and a formula), sealed into one variant, V1, with its unseal key.
 */
final class SealedExam {

    static final String FILE = "walk-bank.xml";

    final KeyPair office = SigningKeys.generate();
    final UnsealKey unsealKey = UnsealKey.generate();
    final byte[] bank = bank();
    /** The variant's items, in the order the terminal shows them. */
    final List<Item> items = ContentImporter.importBytes(FILE, bank, SourceFiles.none()).items();
    final byte[] sealed = seal();

    private byte[] seal() {
        try {
            return SealedPackage.seal(new ExamContent("MATH-1", "Математика", Map.of(FILE, bank),
                            List.of(new Variant("V1", items.stream().map(i -> ExamContent.itemKey(FILE, i.id())).toList()))),
                    office.getPrivate(), office.getPublic(), unsealKey,
                    Clock.fixed(LiveRoom.START.minusSeconds(86_400), ZoneOffset.UTC));
        } catch (org.examroom.common.seal.SealException e) {
            throw new AssertionError(e);
        }
    }

    String officeKeyText() {
        return SigningKeys.publicKeyText(office.getPublic());
    }

    Item item(int number) {
        return items.get(number - 1);
    }

    private static byte[] bank() {
        String picture = Base64.getEncoder().encodeToString(parabola());
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="multichoice">
                    <name><text>Парабола</text></name>
                    <questiontext format="html"><text><![CDATA[<p>На рисунке — график функции <i>y</i> = <i>x</i><sup>2</sup> − 4.
                    Найдите её <b>наименьшее</b> значение.</p><p><img src="@@PLUGINFILE@@/parabola.png" alt="график параболы"/></p>]]></text>
                    <file name="parabola.png" path="/" encoding="base64">%s</file></questiontext>
                    <defaultgrade>1</defaultgrade><single>true</single>
                    <answer fraction="100"><text>−4</text></answer>
                    <answer fraction="0"><text>0</text></answer>
                    <answer fraction="0"><text>4</text></answer>
                  </question>
                  <question type="multichoice">
                    <name><text>Простые числа</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Отметьте <u>все</u> простые числа из таблицы.</p>
                    <table><tr><th>a</th><th>b</th><th>c</th></tr><tr><td>2</td><td>9</td><td>13</td></tr></table>]]></text></questiontext>
                    <defaultgrade>2</defaultgrade><single>false</single>
                    <answer fraction="50"><text>2</text></answer>
                    <answer fraction="-50"><text>9</text></answer>
                    <answer fraction="50"><text>13</text></answer>
                  </question>
                  <question type="numerical">
                    <name><text>Корень</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Вычислите √144 &times; 2.</p>]]></text></questiontext>
                    <defaultgrade>1</defaultgrade>
                    <answer fraction="100"><text>24</text><tolerance>0</tolerance></answer>
                  </question>
                  <question type="shortanswer">
                    <name><text>Формула воды</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Вещество с формулой H<sub>2</sub>O называется:</p>
                    <ol><li>одним словом;</li><li>в именительном падеже.</li></ol>]]></text></questiontext>
                    <defaultgrade>1</defaultgrade><usecase>0</usecase>
                    <answer fraction="100"><text>вода</text></answer>
                  </question>
                </quiz>
                """.formatted(picture);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** A drawn parabola with its axes, as a figure in an item would be. */
    static byte[] parabola() {
        int w = 360;
        int h = 220;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.GRAY);
        g.drawLine(20, 150, w - 20, 150);
        g.drawLine(w / 2, 10, w / 2, h - 10);
        g.setColor(new Color(0x1f, 0x4e, 0x9a));
        g.setStroke(new BasicStroke(3f));
        int previousX = -1;
        int previousY = 0;
        for (int px = 30; px <= w - 30; px += 3) {
            double x = (px - w / 2.0) / 40.0;
            int py = (int) Math.round(150 - (x * x - 4) * 12);
            if (previousX >= 0) {
                g.drawLine(previousX, previousY, px, py);
            }
            previousX = px;
            previousY = py;
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
