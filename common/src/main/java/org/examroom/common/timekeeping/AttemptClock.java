package org.examroom.common.timekeeping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examroom.common.attempt.Attempt;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.attempt.RecordedEvent;
import org.examroom.common.exam.Exam;

/**
 * The time an applicant has, computed from what happened, never stored: the personal clock starts
 * when the test page opens (SFU 3.6) and runs for the exam's duration plus granted extra time plus
 * extensions; pauses stop it. An applicant admitted late under a policy that gives no time back
 * ({@code timeShortened}) ends no later than the common end — the scheduled start plus the same
 * allowance and pauses — so lateness is not compensated (TPU 3.14.5; SPbGUPTD 4.10.1).
 *
 * @param scheduledStart when the exam starts for everyone
 * @param allowance      duration plus granted extra time (accommodations), before extensions
 * @param started        when the test page opened, if it has
 * @param capAtCommonEnd whether the applicant's time ends no later than the common end
 * @param pauses         pauses, the last one possibly still open
 * @param extensions     extensions granted, each from the moment it was granted
 * @param finishedAt     when the attempt ended (submitted, removed, failure), if it has
 */
public record AttemptClock(Instant scheduledStart, Duration allowance, Optional<Instant> started, boolean capAtCommonEnd,
        List<Pause> pauses, List<Duration> extensions, Optional<Instant> finishedAt) {

    /** A pause from {@code start}; {@code end} is empty while it lasts. */
    public record Pause(Instant start, Optional<Instant> end) {
        Duration lengthAt(Instant now) {
            Instant until = end.orElse(now);
            return until.isAfter(start) ? Duration.between(start, until) : Duration.ZERO;
        }
    }

    public AttemptClock {
        pauses = List.copyOf(pauses);
        extensions = List.copyOf(extensions);
    }

    /**
     * The clock of an attempt at an exam, with {@code grantedExtraTime} for accommodations (already
     * checked against the exam's extra-time policy).
     */
    public static AttemptClock of(Exam exam, Attempt attempt, Duration grantedExtraTime) {
        Optional<Instant> started = Optional.empty();
        Optional<Instant> finished = Optional.empty();
        boolean shortened = false;
        List<Pause> pauses = new ArrayList<>();
        List<Duration> extensions = new ArrayList<>();
        for (RecordedEvent recorded : attempt.history()) {
            switch (recorded.event()) {
                case AttemptEvent.Admitted a -> shortened = a.timeShortened();
                case AttemptEvent.TestStarted t -> started = Optional.of(recorded.at());
                case AttemptEvent.Paused p -> pauses.add(new Pause(recorded.at(), Optional.empty()));
                case AttemptEvent.Resumed r -> pauses.set(pauses.size() - 1,
                        new Pause(pauses.getLast().start(), Optional.of(recorded.at())));
                case AttemptEvent.TimeExtended x -> extensions.add(x.extra());
                case AttemptEvent.Submitted s -> finished = Optional.of(recorded.at());
                case AttemptEvent.Removed r -> finished = Optional.of(recorded.at());
                case AttemptEvent.TechnicalFailure f -> finished = Optional.of(recorded.at());
                default -> {
                    // other events do not move the clock
                }
            }
        }
        return new AttemptClock(exam.scheduledStart(), exam.duration().plus(grantedExtraTime), started, shortened,
                pauses, extensions, finished);
    }

    /** The moment the applicant's time runs out, as known at {@code now} (an open pause pushes it on). */
    public Instant deadlineAt(Instant now) {
        Instant effectiveNow = finishedAt.filter(f -> f.isBefore(now)).orElse(now);
        Duration paused = pauses.stream().map(p -> p.lengthAt(effectiveNow)).reduce(Duration.ZERO, Duration::plus);
        Duration total = allowance.plus(extensions.stream().reduce(Duration.ZERO, Duration::plus)).plus(paused);
        Instant personal = started.orElse(effectiveNow).plus(total);
        if (!capAtCommonEnd) {
            return personal;
        }
        Instant common = scheduledStart.plus(total);
        return personal.isBefore(common) ? personal : common;
    }

    /** Time left at {@code now}: the whole allowance before the start, zero after the deadline or the end. */
    public Duration remainingAt(Instant now) {
        if (finishedAt.isPresent() && !now.isBefore(finishedAt.get())) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, deadlineAt(now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether time has run out at {@code now}. */
    public boolean isOverAt(Instant now) {
        return started.isPresent() && remainingAt(now).isZero();
    }

    /** Whether the clock is stopped by a pause at {@code now}. */
    public boolean pausedAt(Instant now) {
        return !pauses.isEmpty() && pauses.getLast().end().isEmpty() && !now.isBefore(pauses.getLast().start());
    }
}
