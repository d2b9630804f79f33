package org.examroom.documents;

import java.time.LocalDate;
import java.time.LocalTime;

/** Dates and times as Russian forms write them: «22» ноября 2026 г., 10 ч. 05 мин. */
final class RussianDates {

    private static final String[] MONTHS = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря"};

    private RussianDates() {
    }

    static String date(LocalDate date) {
        return "«" + String.format("%02d", date.getDayOfMonth()) + "» " + MONTHS[date.getMonthValue() - 1] + " "
            + date.getYear() + " г.";
    }

    static String shortDate(LocalDate date) {
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static String time(LocalTime time) {
        return String.format("%02d ч. %02d мин.", time.getHour(), time.getMinute());
    }

    static String clock(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
