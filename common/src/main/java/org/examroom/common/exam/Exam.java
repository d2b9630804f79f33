package org.examroom.common.exam;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.examroom.common.time.MoscowTime;

/**
 * One entrance test (ВИ) in one stream (поток): subject, programme, where it is held, when it starts
 * (scheduled in Moscow time), how long it lasts, how it is scored and what aids are allowed. Its rules
 * with numbers in them are kept beside it, in {@link org.examroom.common.policy.ExamPolicies}.
 */
public record Exam(ExamId id, String subject, String programme, Delivery delivery, int stream,
        Instant scheduledStart, Duration duration, int passMark, int maxScore, Set<Aid> allowedAids) {

    public Exam {
        subject = Ids.require(subject, "subject");
        programme = Ids.require(programme, "programme");
        if (stream < 1) {
            throw new IllegalArgumentException("exam " + id + ": streams count from 1, got " + stream);
        }
        if (!duration.isPositive()) {
            throw new IllegalArgumentException("exam " + id + ": duration must be positive, got " + duration);
        }
        if (maxScore < 1 || passMark < 0 || passMark > maxScore) {
            throw new IllegalArgumentException("exam " + id + ": pass mark " + passMark + " must lie in 0.." + maxScore);
        }
        allowedAids = allowedAids.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedAids));
    }

    /** The start as written in the schedule: a Moscow wall-clock time. */
    public static Instant moscow(LocalDateTime wallClock) {
        return wallClock.atZone(MoscowTime.ZONE).toInstant();
    }

    public ZonedDateTime scheduledStartMoscow() {
        return MoscowTime.of(scheduledStart);
    }

    /** When the test ends for someone who starts on time and gets no extra time. */
    public Instant commonEnd() {
        return scheduledStart.plus(duration);
    }
}
