package org.examroom.documents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.examroom.common.key.AccessKeys;

/** A sitting with realistic names, as a secretary would see it. */
final class Samples {

    static final ExamSitting SITTING = new ExamSitting("Сибирский федеральный университет",
        "Информатика и вычислительная техника (внутреннее вступительное испытание)",
        "09.04.01 Информатика и вычислительная техника", LocalDate.of(2026, 7, 14), "Б-204");

    static final Committee COMMITTEE = new Committee("Кузнецова Ольга Викторовна", "Петров Андрей Сергеевич",
        "Смирнова Елена Игоревна", List.of("Волков Дмитрий Павлович", "Ёлкина Анна Юрьевна"));

    static final List<String> NAMES = List.of("Иванов Иван Иванович", "Щербакова Дарья Алексеевна",
        "Абдуллаев Тимур Рустамович", "Ёжикова Мария-Луиза Константиновна", "Ким Виктор Ен-Хо",
        "Соколов Артём Андреевич", "Фёдорова Юлия Сергеевна", "Лебедев Николай Петрович",
        "Гусейнова Айгуль Ринатовна", "Zhang Wei", "Морозов Павел Олегович", "Новикова Ксения Дмитриевна");

    private Samples() {
    }

    static String seat(int i) {
        return "Р" + (i / 6 + 1) + "-" + (i % 6 + 1);
    }

    static KeyRegister register() {
        List<KeyRegister.Line> lines = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            lines.add(new KeyRegister.Line(NAMES.get(i), String.format("04 %02d 5571%02d", 10 + i, 20 + i), seat(i), String.format("%03d", i + 1),
                i < 9 ? Optional.of(LocalTime.of(9, 40 + i)) : Optional.empty()));
        }
        return new KeyRegister(SITTING, COMMITTEE.supervisor(), lines);
    }

    static KeySlips slips() {
        List<KeySlips.Slip> slips = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            slips.add(new KeySlips.Slip(NAMES.get(i), seat(i), String.format("%03d", i + 1), AccessKeys.generate()));
        }
        return new KeySlips(SITTING, slips);
    }

    static RemovalAct removal() {
        return new RemovalAct("3", SITTING, "Щербакова Дарья Алексеевна", "паспорт 04 15 557121",
            "пользовалась мобильным телефоном во время испытания (п. 4.8 Положения); телефон обнаружен "
                + "ответственным организатором в 10:42 под листом черновика",
            "использование запрещённых средств связи", LocalTime.of(10, 0), LocalTime.of(10, 44), COMMITTEE);
    }

    static ReserveDayApplication reserveDay() {
        return new ReserveDayApplication("Сибирского федерального университета", "Лебедев Николай Петрович", "0415",
            "557127", SITTING.exam(), Optional.of(LocalDate.of(2026, 7, 21)),
            "произошёл технический сбой терминала на месте Р2-2 (акт о технической неисправности № 1), "
                + "испытание не завершено по независящей от меня причине",
            "акт о технической неисправности № 1 от 14.07.2026", ReserveDayApplication.Mode.IN_PERSON,
            LocalDate.of(2026, 7, 14));
    }

    static Reconciliation reconciliation(boolean withMismatch) {
        List<Reconciliation.Row> rows = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            boolean present = i != 7;
            boolean work = present && !(withMismatch && i == 4);
            String note = switch (i) {
                case 1 -> "удалена, акт № 3";
                case 7 -> "неявка";
                case 4 -> withMismatch ? "работа на терминале не завершена" : "";
                default -> "";
            };
            rows.add(new Reconciliation.Row(NAMES.get(i), seat(i), present, work, note));
        }
        return new Reconciliation(SITTING, COMMITTEE, rows);
    }

    static ResultsProtocol protocol(boolean anonymised) {
        List<ResultsProtocol.Row> rows = new ArrayList<>();
        int[] scores = {87, 41, 100, 39, 56, 73, 0, 64, 95, 40, 18, 77};
        for (int i = 0; i < NAMES.size(); i++) {
            if (i == 7) {
                continue;
            }
            String who = anonymised ? String.format("ИВТ-%04d", 1307 + i * 37) : NAMES.get(i);
            rows.add(new ResultsProtocol.Row(who, scores[i], i == 1));
        }
        return new ResultsProtocol(SITTING, anonymised, 40, "Волков Дмитрий Павлович", "Ёлкина Анна Юрьевна", rows);
    }
}
