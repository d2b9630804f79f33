package org.examroom.common.policy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.examroom.common.attempt.AttemptLifecycle;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.i18n.Explanation;
import org.examroom.common.time.MoscowTime;

/**
 * When appeals are taken (TPU 5.9; SPbGUPTD 1.14 defers to the admission rules, which the procedure reads the
 * same way): an appeal on the procedure on the day of the test, before the applicant leaves the room; an
 * appeal on the result within {@code resultAppealDays} days after the results are published — the day of
 * publication does not count, the last day counts in full (Moscow time). Working days leave out Saturdays and
 * Sundays; public holidays are not known here.
 */
public record AppealPolicy(int resultAppealDays, DayCount dayCount) {

    /** How the days after publication are counted. */
    public enum DayCount {
        CALENDAR,
        WORKING
    }

    /** TPU 5.9: "within two days after the results are announced" — calendar days, as the text does not say working. */
    public static final AppealPolicy TPU = new AppealPolicy(2, DayCount.CALENDAR);

    public AppealPolicy {
        if (resultAppealDays < 1) {
            throw new IllegalArgumentException("a result appeal needs at least one day, got " + resultAppealDays);
        }
    }

    /** Whether an appeal is taken now; an accepted one says until when it could be filed. */
    public sealed interface Decision {
        Explanation explanation();

        record Accepted(Instant deadline, Explanation explanation) implements Decision {
        }

        record Refused(Explanation explanation) implements Decision {
        }
    }

    /**
     * An appeal on the procedure at {@code now} by an applicant whose attempt is in {@code state}, for a test
     * scheduled at {@code scheduledStart}: only from someone who was admitted to the room, only that day.
     */
    public Decision procedure(Instant now, Instant scheduledStart, AttemptState state) {
        if (state == AttemptState.REGISTERED || state == AttemptState.ABSENT) {
            return new Decision.Refused(Explanation.of("appeal.procedure.notInRoom", AttemptLifecycle.stateName(state)));
        }
        LocalDate day = MoscowTime.of(scheduledStart).toLocalDate();
        Instant deadline = day.plusDays(1).atStartOfDay(MoscowTime.ZONE).toInstant();
        if (!now.isBefore(deadline)) {
            return new Decision.Refused(Explanation.of("appeal.procedure.late", day));
        }
        return new Decision.Accepted(deadline, Explanation.of("appeal.procedure.accepted", day));
    }

    /** An appeal on the result at {@code now}, for results published at {@code published} (empty: not yet). */
    public Decision result(Instant now, Optional<Instant> published) {
        if (published.isEmpty()) {
            return new Decision.Refused(Explanation.of("appeal.result.notPublished"));
        }
        LocalDate last = lastDay(published.get());
        Instant deadline = last.plusDays(1).atStartOfDay(MoscowTime.ZONE).toInstant();
        Explanation days = Explanation.of("appeal.days." + dayCount.name(), resultAppealDays);
        if (!now.isBefore(deadline)) {
            return new Decision.Refused(Explanation.of("appeal.result.late", days, MoscowTime.of(published.get()).toLocalDate(), last));
        }
        return new Decision.Accepted(deadline, Explanation.of("appeal.result.accepted", days, last));
    }

    /** The last day (Moscow) on which a result appeal is taken, for results published at {@code published}. */
    public LocalDate lastDay(Instant published) {
        LocalDate day = MoscowTime.of(published).toLocalDate();
        int counted = 0;
        while (counted < resultAppealDays) {
            day = day.plusDays(1);
            if (dayCount == DayCount.CALENDAR || (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)) {
                counted++;
            }
        }
        return day;
    }
}
