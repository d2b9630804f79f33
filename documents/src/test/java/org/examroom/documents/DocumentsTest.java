package org.examroom.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.examroom.common.key.AccessKeys;
import org.examroom.common.key.KeySlip;
import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;

class DocumentsTest {

    @Test
    void keyRegisterHasALinePerApplicantWithKeyNumberAndSignatureColumnButNoKey() throws IOException {
        KeyRegister register = Samples.register();
        Pdf pdf = Pdf.read(Documents.keyRegister(register));

        assertA4WithEmbeddedLiberation(pdf);
        assertThat(pdf.text()).contains("ВЕДОМОСТЬ", "выдачи ключей доступа", "Подпись", "№ ключа", "Б-204",
            "«14» июля 2026 г.", "Щербакова Дарья Алексеевна", "Ёжикова Мария-Луиза", "Zhang Wei",
            "Кузнецова Ольга Викторовна", "Выдано ключей: 12", "09:48");
        for (KeyRegister.Line line : register.lines()) {
            assertThat(pdf.text()).contains(line.keyNumber());
        }
    }

    @Test
    void keySlipsPrintTheKeyLargeAndAQrCodeTheTerminalReads() throws IOException, NotFoundException {
        KeySlips slips = Samples.slips();
        byte[] bytes = Documents.keySlips(slips);
        Pdf pdf = Pdf.read(bytes);

        assertA4WithEmbeddedLiberation(pdf);
        assertThat(pdf.pages()).as("ten slips at eight a page").isEqualTo(2);
        for (KeySlips.Slip slip : slips.slips()) {
            assertThat(pdf.text()).contains(AccessKeys.canonical(slip.key()).map(AccessKeys::format).orElseThrow(),
                slip.applicant().split(" ")[0]);
        }
        assertThat(pdf.fonts()).anyMatch(name -> name.contains("LiberationMono-Bold"));

        BufferedImage firstPage = Pdf.images(bytes, 150).getFirst();
        var results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(
            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(firstPage))),
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
        List<String> textsRead = java.util.Arrays.stream(results).map(result -> result.getText()).sorted().toList();
        List<String> payloads = slips.slips().subList(0, 8).stream().map(slip -> KeySlip.payload(slip.key()))
            .sorted().toList();
        assertThat(textsRead).isEqualTo(payloads);
    }

    @Test
    void removalActCarriesEveryFieldOfBothAppendices() throws IOException {
        Pdf pdf = Pdf.read(Documents.removalAct(Samples.removal()));

        assertA4WithEmbeddedLiberation(pdf);
        assertThat(pdf.text()).contains(
            "Сибирский федеральный университет", "АКТ № 3", "о нарушении процедуры проведения",
            "«14» июля 2026 г.", "Аудитория", "Б-204",
            "ответственный организатор в аудитории", "Кузнецова Ольга Викторовна",
            "председатель", "Петров Андрей Сергеевич", "заместитель председателя", "Смирнова Елена Игоревна",
            "члены комиссии", "Волков Дмитрий Павлович", "Ёлкина Анна Юрьевна",
            "Информатика и вычислительная техника", "(наименование вступительного испытания)",
            "Направление подготовки", "09.04.01",
            "с 10 ч. 00 мин. по 10 ч. 44 мин.",
            "поступающий", "Щербакова Дарья Алексеевна", "паспорт 04 15 557121",
            "нарушил процедуру проведения ВИ", "мобильным телефоном",
            "Удалён по причине", "использование запрещённых средств связи",
            "Время удаления поступающего", "10 ч. 44 мин.",
            "признан не прошедшим вступительное испытание без уважительной причины",
            "Акт составили", "(подпись)", "(ФИО)",
            "С актом об удалении с экзамена ознакомлен(а)", "(ФИО нарушившего порядок проведения ВИ)",
            "Дата:", "Подпись:");
    }

    @Test
    void removalActLeavesBlankLinesForACommitteeNotYetNamed() throws IOException {
        RemovalAct act = Samples.removal();
        RemovalAct blank = new RemovalAct(act.number(), act.sitting(), act.applicant(), act.document(), act.ruleBroken(),
            act.reason(), act.startedAt(), act.removedAt(), new Committee("Кузнецова Ольга Викторовна", "", "", List.of()));

        Pdf pdf = Pdf.read(Documents.removalAct(blank));

        assertThat(pdf.text()).contains("Члены экзаменационной комиссии").doesNotContain("Петров");
    }

    @Test
    void removalCannotPrecedeTheStart() {
        RemovalAct act = Samples.removal();
        assertThatThrownBy(() -> new RemovalAct("1", act.sitting(), act.applicant(), act.document(), act.ruleBroken(),
            act.reason(), LocalTime.of(10, 0), LocalTime.of(9, 59), act.committee()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the test began");
    }

    @Test
    void reserveDayApplicationFollowsAppendixOne() throws IOException {
        Pdf pdf = Pdf.read(Documents.reserveDayApplication(Samples.reserveDay()));

        assertA4WithEmbeddedLiberation(pdf);
        assertThat(pdf.text()).contains("Председателю Приемной комиссии", "Сибирского федерального университета",
            "поступающего Лебедев Николай Петрович", "паспорт серии 0415 № 557127", "ЗАЯВЛЕНИЕ",
            "Прошу допустить меня к прохождению вступительного испытания", "в резервный день",
            "«21» июля 2026 г.", "технический сбой терминала", "Способ прохождения",
            "очно в Университете", "дистанционно", "Заявление принял", "акт о технической неисправности № 1");
    }

    @Test
    void reconciliationWithoutMismatchSaysSoAndHasNoMismatchAct() throws IOException {
        Reconciliation record = Samples.reconciliation(false);
        Pdf pdf = Pdf.read(Documents.reconciliation(record));

        assertThat(record.mismatches()).isEmpty();
        assertThat(pdf.text()).contains("АКТ СВЕРКИ", "Присутствовало поступающих: 11", "Сдано работ: 11",
            "Расхождений нет", "удалена, акт № 3", "неявка").doesNotContain("АКТ О НЕСООТВЕТСТВИИ");
        assertThat(pdf.pages()).isEqualTo(1);
    }

    @Test
    void reconciliationWithAMissingWorkAddsTheMismatchAct() throws IOException {
        Reconciliation record = Samples.reconciliation(true);
        Pdf pdf = Pdf.read(Documents.reconciliation(record));

        assertThat(record.present()).isEqualTo(11);
        assertThat(record.worksHandedIn()).isEqualTo(10);
        assertThat(pdf.text()).contains("Сдано работ: 10", "Выявлены расхождения: 1", "АКТ О НЕСООТВЕТСТВИИ",
            "Ким Виктор Ен-Хо (место Р1-5)", "присутствовал(а) в аудитории, работа не сдана",
            "Объяснение причин расхождения");
        assertThat(pdf.pages()).isEqualTo(2);
    }

    @Test
    void resultsProtocolWritesScoresInDigitsAndWordsWithPassOrFail() throws IOException {
        Pdf pdf = Pdf.read(Documents.resultsProtocol(Samples.protocol(false)));

        assertA4WithEmbeddedLiberation(pdf);
        assertThat(pdf.text()).contains("ПРОТОКОЛ", "Минимальный балл: 40 (сорок)",
            "Иванов Иван Иванович 87 восемьдесят семь сдал",
            "Абдуллаев Тимур Рустамович 100 сто сдал",
            "Ёжикова Мария-Луиза", "39 тридцать девять не сдал",
            "Фёдорова Юлия Сергеевна 0 ноль не сдал",
            "Zhang Wei 40 сорок сдал",
            "Щербакова Дарья Алексеевна — результат аннулирован не сдал",
            "Всего работ: 11; набрали не менее минимального балла: 7; не набрали: 4.",
            "Волков Дмитрий Павлович", "Ёлкина Анна Юрьевна");
    }

    @Test
    void anonymisedProtocolShowsCipherCodesAndNoNames() throws IOException {
        Pdf pdf = Pdf.read(Documents.resultsProtocol(Samples.protocol(true)));

        assertThat(pdf.text()).contains("Шифр работы", "ИВТ-1307 87 восемьдесят семь сдал", "в зашифрованном виде")
            .doesNotContain("Иванов", "Zhang");
    }

    @Test
    void aLongRegisterRunsOntoMorePagesAndRepeatsItsHeading() throws IOException {
        List<KeyRegister.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add(new KeyRegister.Line("Поступающий № " + i, "0000 " + i, "М" + i, "K" + i, Optional.empty()));
        }
        Pdf pdf = Pdf.read(Documents.keyRegister(new KeyRegister(Samples.SITTING, "", lines)));

        assertThat(pdf.pages()).isGreaterThan(1);
        assertThat(pdf.text().split("Ф.И.О. поступающего", -1)).hasSize(pdf.pages() + 1);
        assertThat(pdf.text()).contains("Поступающий № 59");
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarksInsteadOfFailing() throws IOException {
        KeyRegister register = new KeyRegister(Samples.SITTING, "", List.of(
            new KeyRegister.Line("Ли 李 Na", "—", "1", "001", Optional.empty())));

        assertThat(Pdf.read(Documents.keyRegister(register)).text()).contains("Ли ? Na");
    }

    @Test
    void rendersEachDocumentForReviewAndNoPageIsEmpty() throws IOException {
        Map<String, Function<Void, byte[]>> documents = new java.util.LinkedHashMap<>();
        documents.put("key-register", v -> Documents.keyRegister(Samples.register()));
        documents.put("key-slips", v -> Documents.keySlips(Samples.slips()));
        documents.put("removal-act", v -> Documents.removalAct(Samples.removal()));
        documents.put("reserve-day-application", v -> Documents.reserveDayApplication(Samples.reserveDay()));
        documents.put("reconciliation", v -> Documents.reconciliation(Samples.reconciliation(true)));
        documents.put("results-protocol", v -> Documents.resultsProtocol(Samples.protocol(false)));
        documents.put("results-protocol-anonymised", v -> Documents.resultsProtocol(Samples.protocol(true)));
        Path folder = Files.createDirectories(Path.of("target", "documents"));
        for (var entry : documents.entrySet()) {
            byte[] pdf = entry.getValue().apply(null);
            Files.write(folder.resolve(entry.getKey() + ".pdf"), pdf);
            List<BufferedImage> pages = Pdf.images(pdf, 100);
            for (int i = 0; i < pages.size(); i++) {
                assertThat(inkShare(pages.get(i))).as(entry.getKey() + " page " + (i + 1)).isBetween(0.005, 0.5);
                String suffix = pages.size() == 1 ? "" : "-" + (i + 1);
                ImageIO.write(pages.get(i), "png", folder.resolve(entry.getKey() + suffix + ".png").toFile());
            }
        }
    }

    private static double inkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }

    private static void assertA4WithEmbeddedLiberation(Pdf pdf) {
        assertThat(pdf.width()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(pdf.height()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(pdf.fonts()).isNotEmpty().allMatch(name -> name.contains("Liberation"));
        assertThat(pdf.fontsEmbedded()).containsOnly(true);
    }
}
