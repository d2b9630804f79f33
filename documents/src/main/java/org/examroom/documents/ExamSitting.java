package org.examroom.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which sitting a document is about, as its heading names it.
 *
 * @param university the institution, as it heads the forms (e.g. «Сибирский федеральный университет»)
 * @param exam the entrance test's name (наименование ВИ)
 * @param programme the programme or field of study (направление подготовки); may be empty
 * @param date the day of the sitting
 * @param room the room (аудитория)
 */
public record ExamSitting(String university, String exam, String programme, LocalDate date, String room) {

    public ExamSitting {
        Objects.requireNonNull(university, "university");
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(room, "room");
    }
}
