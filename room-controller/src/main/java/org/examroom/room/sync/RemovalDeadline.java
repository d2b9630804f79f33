package org.examroom.room.sync;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The regulation wants a removal act at the admissions office by the end of the next working day after
 * the removal (Saturdays and Sundays are not working days). The warning starts {@code warnBefore} earlier.
 */
public final class RemovalDeadline {

    private RemovalDeadline() {
    }

    /** The end of the next working day after the day of {@code removedAt}, in {@code zone}. */
    public static Instant of(Instant removedAt, ZoneId zone) {
        LocalDate day = removedAt.atZone(zone).toLocalDate().plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether an act removed at {@code removedAt} and still not at the office is at risk at {@code now}. */
    public static boolean atRisk(Instant removedAt, Instant now, ZoneId zone, Duration warnBefore) {
        return !now.isBefore(of(removedAt, zone).minus(warnBefore));
    }
}
