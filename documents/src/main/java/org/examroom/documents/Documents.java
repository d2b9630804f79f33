package org.examroom.documents;

import java.util.ArrayList;
import java.util.List;

import org.examroom.common.grading.ScoreWords;
import org.examroom.common.key.AccessKeys;
import org.examroom.common.key.KeySlip;

/**
 * The room's documents as A4 PDF with an embedded Liberation Sans, so that Cyrillic prints the same on
 * every machine. Each method is a pure function of its record; the forms are in Russian, as the
 * regulations give them. Empty strings in a record leave lines blank, to be filled in by hand.
 */
public final class Documents {

    private Documents() {
    }

    /** The access-key register: one line per applicant with the key's number and a signature field. */
    public static byte[] keyRegister(KeyRegister register) {
        try (Sheet sheet = new Sheet("Ведомость выдачи ключей доступа")) {
            heading(sheet, register.sitting(), "ВЕДОМОСТЬ", "выдачи ключей доступа к вступительному испытанию");
            List<List<String>> rows = new ArrayList<>();
            int number = 1;
            for (KeyRegister.Line line : register.lines()) {
                rows.add(List.of(Integer.toString(number++), line.applicant(), line.document(), line.seat(),
                    line.keyNumber(), line.issuedAt().map(RussianDates::clock).orElse(""), ""));
            }
            sheet.gap(6);
            sheet.table(List.of(new Sheet.Column("№", 0.5f), new Sheet.Column("Ф.И.О. поступающего", 4.2f),
                new Sheet.Column("Документ", 2.2f), new Sheet.Column("Место", 1.1f),
                new Sheet.Column("№ ключа", 1.5f), new Sheet.Column("Время", 1.1f),
                new Sheet.Column("Подпись поступающего", 2.4f)), rows, 9.5f);
            sheet.gap(6);
            sheet.paragraph(sheet.regular, 9, 0, "Подписью поступающий подтверждает, что получил ключ доступа лично, "
                + "проверил свои данные и обязуется не передавать ключ другим лицам.");
            sheet.paragraph(sheet.regular, Sheet.TEXT, 0, "Выдано ключей: " + register.lines().size());
            sheet.signature("Ответственный организатор в аудитории", register.supervisor());
            return sheet.finish();
        }
    }

    /** Key slips, eight to a page, with cut lines; each shows the key in large print and its QR code. */
    public static byte[] keySlips(KeySlips slips) {
        final int columns = 2;
        final int rows = 4;
        final float margin = 10 * Sheet.MM;
        final float slipWidth = (Sheet.A4.getWidth() - 2 * margin) / columns;
        final float slipHeight = (Sheet.A4.getHeight() - 2 * margin) / rows;
        try (Sheet sheet = new Sheet("Ключи доступа")) {
            for (int i = 0; i < slips.slips().size(); i++) {
                int place = i % (columns * rows);
                if (i > 0 && place == 0) {
                    sheet.newPage();
                }
                if (place == 0) {
                    for (int c = 0; c <= columns; c++) {
                        float x = margin + c * slipWidth;
                        sheet.cutLine(x, margin, x, Sheet.A4.getHeight() - margin);
                    }
                    for (int r = 0; r <= rows; r++) {
                        float y = margin + r * slipHeight;
                        sheet.cutLine(margin, y, Sheet.A4.getWidth() - margin, y);
                    }
                }
                float x = margin + (place % columns) * slipWidth;
                float top = Sheet.A4.getHeight() - margin - (place / columns) * slipHeight;
                slip(sheet, slips.sitting(), slips.slips().get(i), x, top, slipWidth, slipHeight);
            }
            return sheet.finish();
        }
    }

    private static void slip(Sheet sheet, ExamSitting sitting, KeySlips.Slip slip, float x, float top, float width,
                             float height) {
        float pad = 5 * Sheet.MM;
        float left = x + pad;
        float inner = width - 2 * pad;
        float qr = 30 * Sheet.MM;
        float textWidth = inner - qr - 3 * Sheet.MM;
        float y = top - pad - 9;
        sheet.text(sheet.bold, 9, left, y, "КЛЮЧ ДОСТУПА  № " + slip.keyNumber());
        y -= 13;
        for (String line : sheet.wrap(sheet.regular, 8, textWidth, sitting.exam())) {
            sheet.text(sheet.regular, 8, left, y, line);
            y -= 10;
        }
        sheet.text(sheet.regular, 8, left, y, RussianDates.shortDate(sitting.date()) + ", ауд. " + sitting.room()
            + ", место " + slip.seat());
        y -= 14;
        for (String line : sheet.wrap(sheet.bold, 10, textWidth, slip.applicant())) {
            sheet.text(sheet.bold, 10, left, y, line);
            y -= 12;
        }
        QrCode.draw(sheet, KeySlip.payload(slip.key()), x + width - pad - qr, top - pad - qr, qr);

        String printed = AccessKeys.canonical(slip.key()).map(AccessKeys::format).orElse(slip.key());
        float size = 18;
        while (size > 10 && sheet.width(sheet.mono, size, printed) > inner) {
            size -= 1;
        }
        float keyBaseline = top - pad - qr - 7 * Sheet.MM;
        sheet.text(sheet.mono, size, left + (inner - sheet.width(sheet.mono, size, printed)) / 2, keyBaseline, printed);
        float hintBaseline = keyBaseline - 6 * Sheet.MM;
        for (String line : sheet.wrap(sheet.regular, 7, inner, "Введите ключ на терминале или покажите QR-код камере. "
            + "Не передавайте ключ другим лицам; ключ действует только для вашего места.")) {
            sheet.text(sheet.regular, 7, left, hintBaseline, line);
            hintBaseline -= 9;
        }
    }

    /** The removal act (TPU Appendix 2, SFU Appendix 3). */
    public static byte[] removalAct(RemovalAct act) {
        ExamSitting sitting = act.sitting();
        Committee committee = act.committee();
        try (Sheet sheet = new Sheet("Акт об удалении № " + act.number())) {
            sheet.centred(sheet.regular, 10, sitting.university());
            sheet.gap(8);
            sheet.centred(sheet.bold, 14, "АКТ № " + act.number());
            sheet.centred(sheet.bold, 11, "о нарушении процедуры проведения вступительного испытания");
            sheet.centred(sheet.bold, 11, "и об удалении поступающего из аудитории");
            sheet.gap(6);
            sheet.field("Дата", RussianDates.date(sitting.date()));
            sheet.field("Аудитория", sitting.room());
            sheet.gap(4);
            sheet.paragraph("Экзаменационной комиссией в составе:");
            sheet.field("ответственный организатор в аудитории –", committee.supervisor());
            sheet.field("председатель –", committee.chair());
            sheet.field("заместитель председателя –", committee.deputyChair());
            sheet.field("члены комиссии:", String.join(", ", committee.members()));
            sheet.gap(4);
            sheet.paragraph("составлен настоящий акт о том, что во время прохождения вступительного испытания");
            sheet.field("", sitting.exam());
            sheet.captionLine("(наименование вступительного испытания)");
            sheet.field("Направление подготовки", sitting.programme());
            sheet.field("Время испытания", "с " + RussianDates.time(act.startedAt()) + " по "
                + RussianDates.time(act.removedAt()));
            sheet.field("поступающий", act.applicant());
            sheet.captionLine("(фамилия, имя, отчество)");
            sheet.field("документ, удостоверяющий личность", act.document());
            sheet.field("нарушил процедуру проведения ВИ:", act.ruleBroken());
            sheet.field("Удалён по причине", act.reason());
            sheet.field("Время удаления поступающего", RussianDates.time(act.removedAt()));
            sheet.gap(6);
            sheet.paragraph(sheet.bold, Sheet.TEXT, 0, "Поступающий признан не прошедшим вступительное испытание без "
                + "уважительной причины. Результат вступительного испытания аннулируется.");
            sheet.gap(6);
            sheet.paragraph(sheet.bold, Sheet.TEXT, 0, "Акт составили:");
            sheet.signature("Ответственный организатор в аудитории", committee.supervisor());
            sheet.signature("Председатель экзаменационной комиссии", committee.chair());
            if (!committee.deputyChair().isBlank()) {
                sheet.signature("Заместитель председателя", committee.deputyChair());
            }
            List<String> members = committee.members().isEmpty() ? List.of("", "") : committee.members();
            for (int i = 0; i < members.size(); i++) {
                sheet.signature(i == 0 ? "Члены экзаменационной комиссии" : "", members.get(i));
            }
            sheet.gap(10);
            sheet.keep(90);
            sheet.paragraph("С актом об удалении с экзамена ознакомлен(а):");
            sheet.field("", act.applicant());
            sheet.captionLine("(ФИО нарушившего порядок проведения ВИ)");
            sheet.gap(4);
            sheet.field("Дата:", "");
            sheet.field("Подпись:", "");
            sheet.gap(4);
            sheet.paragraph(sheet.regular, 9, 0, "При отказе поступающего от подписи об этом делается запись "
                + "в акте, которую удостоверяют подписи членов комиссии.");
            return sheet.finish();
        }
    }

    /** The application to sit the test on a reserve day (SFU Appendix 1). */
    public static byte[] reserveDayApplication(ReserveDayApplication application) {
        try (Sheet sheet = new Sheet("Заявление о прохождении ВИ в резервный день")) {
            float indent = Sheet.WIDTH * 0.45f;
            sheet.paragraph(sheet.regular, Sheet.TEXT, indent, "Председателю Приемной комиссии");
            sheet.paragraph(sheet.regular, Sheet.TEXT, indent, application.university());
            sheet.paragraph(sheet.regular, Sheet.TEXT, indent, "поступающего " + application.applicant());
            sheet.paragraph(sheet.regular, 8, indent, "(фамилия, имя, отчество полностью)");
            sheet.paragraph(sheet.regular, Sheet.TEXT, indent, "паспорт серии " + blank(application.passportSeries())
                + " № " + blank(application.passportNumber()));
            sheet.gap(18);
            sheet.centred(sheet.bold, 14, "ЗАЯВЛЕНИЕ");
            sheet.gap(8);
            sheet.paragraph("Прошу допустить меня к прохождению вступительного испытания");
            sheet.field("", application.exam());
            sheet.captionLine("(наименование вступительного испытания)");
            sheet.field("в резервный день", application.reserveDay().map(RussianDates::date).orElse(""));
            sheet.paragraph("в связи с тем, что в день проведения вступительного испытания");
            sheet.field("", application.reason());
            sheet.captionLine("(указать причину неявки (непрохождения ВИ))");
            sheet.field("Подтверждающий документ прилагаю:", application.proof());
            sheet.gap(8);
            sheet.paragraph("Способ прохождения (выбрать один вариант):");
            sheet.choice(application.mode() == ReserveDayApplication.Mode.IN_PERSON, "очно в Университете");
            sheet.choice(application.mode() == ReserveDayApplication.Mode.REMOTE, "дистанционно");
            sheet.gap(10);
            sheet.signature(RussianDates.date(application.filedOn()), application.applicant());
            sheet.gap(22);
            sheet.paragraph(sheet.bold, Sheet.TEXT, 0, "Заявление принял");
            sheet.paragraph(sheet.regular, 8, 0, "(заполняется техническим персоналом Приемной комиссии)");
            sheet.signature("«___» ____________ 20__ г.", "");
            return sheet.finish();
        }
    }

    /** Works handed in against applicants present, with a mismatch act when they differ. */
    public static byte[] reconciliation(Reconciliation record) {
        try (Sheet sheet = new Sheet("Сверка работ и поступающих")) {
            heading(sheet, record.sitting(), "АКТ СВЕРКИ", "количества сданных работ и присутствовавших поступающих");
            sheet.gap(6);
            List<List<String>> rows = new ArrayList<>();
            int number = 1;
            for (Reconciliation.Row row : record.rows()) {
                rows.add(List.of(Integer.toString(number++), row.applicant(), row.seat(), row.present() ? "да" : "нет",
                    row.workHandedIn() ? "сдана" : "нет", (row.mismatched() ? "РАСХОЖДЕНИЕ. " : "") + row.note()));
            }
            sheet.table(List.of(new Sheet.Column("№", 0.5f), new Sheet.Column("Ф.И.О. поступающего", 4f),
                new Sheet.Column("Место", 1f), new Sheet.Column("Присутствовал", 1.6f),
                new Sheet.Column("Работа", 1.2f), new Sheet.Column("Отметка", 3.5f)), rows, 9.5f);
            sheet.gap(8);
            sheet.field("Поступающих в списке аудитории:", Integer.toString(record.rows().size()));
            sheet.field("Присутствовало поступающих:", Long.toString(record.present()));
            sheet.field("Сдано работ:", Long.toString(record.worksHandedIn()));
            List<Reconciliation.Row> mismatches = record.mismatches();
            sheet.gap(6);
            if (mismatches.isEmpty()) {
                sheet.paragraph(sheet.bold, Sheet.TEXT, 0, "Количество сданных работ совпадает с количеством "
                    + "присутствовавших поступающих. Расхождений нет.");
            } else {
                sheet.paragraph(sheet.bold, Sheet.TEXT, 0, "Выявлены расхождения: " + mismatches.size()
                    + ". Составлен акт о несоответствии (ниже).");
            }
            signatures(sheet, record.committee());
            if (!mismatches.isEmpty()) {
                sheet.newPage();
                heading(sheet, record.sitting(), "АКТ О НЕСООТВЕТСТВИИ",
                    "количества сданных работ количеству присутствовавших поступающих");
                sheet.gap(6);
                sheet.paragraph("Комиссия установила следующие расхождения:");
                int i = 1;
                for (Reconciliation.Row row : mismatches) {
                    String what = row.present()
                        ? "присутствовал(а) в аудитории, работа не сдана"
                        : "работа сдана, поступающий(ая) в аудитории не отмечен(а)";
                    sheet.paragraph(sheet.regular, Sheet.TEXT, 10, i++ + ". " + row.applicant() + " (место "
                        + row.seat() + ") — " + what + (row.note().isBlank() ? "." : "; " + row.note() + "."));
                }
                sheet.gap(6);
                sheet.paragraph("Объяснение причин расхождения:");
                sheet.blankLines(4);
                signatures(sheet, record.committee());
            }
            return sheet.finish();
        }
    }

    /** The results protocol: score in digits and in words, pass or fail, two committee signatures. */
    public static byte[] resultsProtocol(ResultsProtocol protocol) {
        try (Sheet sheet = new Sheet("Протокол результатов вступительного испытания")) {
            heading(sheet, protocol.sitting(), "ПРОТОКОЛ", "результатов вступительного испытания");
            sheet.paragraph(sheet.regular, 10, 0, "Минимальный балл: " + protocol.passMark() + " ("
                + ScoreWords.russian(protocol.passMark()) + ")." + (protocol.anonymised()
                ? " Работы проверены в зашифрованном виде; поступающие указаны шифрами." : ""));
            sheet.gap(6);
            List<List<String>> rows = new ArrayList<>();
            int number = 1;
            for (ResultsProtocol.Row row : protocol.rows()) {
                rows.add(List.of(Integer.toString(number++), row.who(),
                    row.annulled() ? "—" : Integer.toString(row.score()),
                    row.annulled() ? "результат аннулирован" : ScoreWords.russian(row.score()),
                    protocol.passed(row) ? "сдал" : "не сдал"));
            }
            sheet.table(List.of(new Sheet.Column("№", 0.5f),
                new Sheet.Column(protocol.anonymised() ? "Шифр работы" : "Ф.И.О. поступающего", 4f),
                new Sheet.Column("Балл", 0.9f), new Sheet.Column("Балл прописью", 3f),
                new Sheet.Column("Итог", 1.4f)), rows, 9.5f);
            sheet.gap(6);
            long passed = protocol.rows().stream().filter(protocol::passed).count();
            sheet.paragraph(sheet.regular, 10, 0, "Всего работ: " + protocol.rows().size() + "; набрали не менее "
                + "минимального балла: " + passed + "; не набрали: " + (protocol.rows().size() - passed) + ".");
            sheet.gap(4);
            sheet.signature("Член экзаменационной комиссии", protocol.firstSigner());
            sheet.signature("Член экзаменационной комиссии", protocol.secondSigner());
            return sheet.finish();
        }
    }

    private static void heading(Sheet sheet, ExamSitting sitting, String title, String subtitle) {
        sheet.centred(sheet.regular, 10, sitting.university());
        sheet.gap(6);
        sheet.centred(sheet.bold, 14, title);
        sheet.centred(sheet.bold, 11, subtitle);
        sheet.gap(4);
        sheet.field("Вступительное испытание:", sitting.exam());
        if (!sitting.programme().isBlank()) {
            sheet.field("Направление подготовки:", sitting.programme());
        }
        sheet.field("Дата:", RussianDates.date(sitting.date()) + "     Аудитория: " + sitting.room());
    }

    private static void signatures(Sheet sheet, Committee committee) {
        sheet.gap(4);
        sheet.signature("Ответственный организатор в аудитории", committee.supervisor());
        sheet.signature("Председатель экзаменационной комиссии", committee.chair());
        for (String member : committee.members()) {
            sheet.signature("Член экзаменационной комиссии", member);
        }
    }

    private static String blank(String value) {
        return value.isBlank() ? "________" : value;
    }
}
