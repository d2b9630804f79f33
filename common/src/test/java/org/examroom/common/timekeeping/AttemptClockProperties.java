package org.examroom.common.timekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.examroom.common.attempt.Attempt;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.policy.AdmissionDecision;
import org.examroom.common.policy.LateArrivalPolicy;
import org.examroom.common.policy.Limit;

/** The invariants of the personal clock, over random histories of pauses, resumes and extensions. */
class AttemptClockProperties {

    /** One step of a random history: a pause, a resume, an extension, or nothing, some seconds after the last. */
    record Step(int kind, int afterSeconds, int extensionMinutes) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 3600),
                Arbitraries.integers().between(1, 30)).as(Step::new);
        return step.list().ofMaxSize(12);
    }

    /** Builds the attempt by applying the steps that are legal at their moment; returns the attempt and the extension moments. */
    private static Attempt play(Attempt started, Instant start, List<Step> steps, List<Instant> extendedAt) {
        Attempt attempt = started;
        Instant t = start;
        for (Step s : steps) {
            t = t.plusSeconds(s.afterSeconds());
            AttemptEvent event = switch (s.kind()) {
                case 0 -> new AttemptEvent.Paused("p");
                case 1 -> new AttemptEvent.Resumed();
                case 2 -> new AttemptEvent.TimeExtended(Duration.ofMinutes(s.extensionMinutes()), "x");
                default -> new AttemptEvent.LeftRoom();
            };
            var transition = attempt.apply(event, AttemptClockTest.SOMEONE, t);
            if (transition instanceof org.examroom.common.attempt.Transition.Accepted accepted) {
                attempt = accepted.attempt();
                if (event instanceof AttemptEvent.TimeExtended) {
                    extendedAt.add(t);
                }
            }
        }
        return attempt;
    }

    @Property(tries = 300)
    void remainingTimeNeverGrowsExceptByAnExtension(@ForAll("histories") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 50) int lateMinutes) {
        Instant arrival = AttemptClockTest.minute(lateMinutes);
        var upToAnHour = new LateArrivalPolicy(Limit.upTo(Duration.ofHours(1)), Optional.empty(),
                LateArrivalPolicy.Beyond.NOT_ADMITTED, Optional.empty());
        var admission = (AdmissionDecision.Admitted) upToAnHour.decide(arrival, AttemptClockTest.MATH.scheduledStart());
        Instant start = arrival.plusSeconds(120);
        Attempt attempt = AttemptClockTest.startedAt(start, admission);
        Duration previous = AttemptClock.of(AttemptClockTest.MATH, attempt, Duration.ZERO).remainingAt(start);
        Instant t = start;
        for (Step s : steps) {
            Instant next = t.plusSeconds(s.afterSeconds());
            // as time passes with nothing happening, the remaining time does not grow
            Instant midway = t.plusSeconds(s.afterSeconds() / 2);
            Duration beforeEvent = AttemptClock.of(AttemptClockTest.MATH, attempt, Duration.ZERO).remainingAt(midway);
            assertThat(beforeEvent).isLessThanOrEqualTo(previous);
            attempt = play(attempt, t, List.of(s), new ArrayList<>());
            Duration now = AttemptClock.of(AttemptClockTest.MATH, attempt, Duration.ZERO).remainingAt(next);
            Duration allowedGrowth = attempt.history().getLast().at().equals(next)
                    && attempt.history().getLast().event() instanceof AttemptEvent.TimeExtended x ? x.extra() : Duration.ZERO;
            assertThat(now).isLessThanOrEqualTo(beforeEvent.plus(allowedGrowth));
            previous = now;
            t = next;
        }
    }

    @Property(tries = 300)
    void aLateArrivalNeverEndsAfterTheCommonEndUnderANoExtraTimePolicy(
            @ForAll @IntRange(min = 1, max = 30 * 60) int lateSeconds, @ForAll @IntRange(min = 0, max = 900) int setupSeconds,
            @ForAll("histories") List<Step> steps) {
        Instant arrival = AttemptClockTest.MATH.scheduledStart().plusSeconds(lateSeconds);
        var admission = (AdmissionDecision.Admitted) LateArrivalPolicy.TPU.decide(arrival, AttemptClockTest.MATH.scheduledStart());
        assertThat(admission.timeShortened()).isTrue();
        Instant start = arrival.plusSeconds(setupSeconds + 60);
        List<Instant> extensions = new ArrayList<>();
        Attempt attempt = play(AttemptClockTest.startedAt(start, admission), start, steps, extensions);
        AttemptClock clock = AttemptClock.of(AttemptClockTest.MATH, attempt, Duration.ZERO);

        Instant probe = attempt.lastEventTime().orElseThrow().plusSeconds(1);
        Duration paused = clock.pauses().stream().map(p -> p.lengthAt(probe)).reduce(Duration.ZERO, Duration::plus);
        Duration extended = clock.extensions().stream().reduce(Duration.ZERO, Duration::plus);
        Instant commonEnd = AttemptClockTest.MATH.commonEnd().plus(paused).plus(extended);
        assertThat(clock.deadlineAt(probe)).isBeforeOrEqualTo(commonEnd);
    }

    @Property(tries = 300)
    void pausesDoNotEatTheApplicantsTime(@ForAll("histories") List<Step> steps, @ForAll @IntRange(min = 0, max = 90) int extraMinutes) {
        Instant start = AttemptClockTest.minute(2);
        List<Instant> extensions = new ArrayList<>();
        Attempt attempt = play(AttemptClockTest.startedAt(start, AttemptClockTest.onTime()), start, steps, extensions);
        AttemptClock clock = AttemptClock.of(AttemptClockTest.MATH, attempt, Duration.ofMinutes(extraMinutes));

        Instant probe = attempt.lastEventTime().orElseThrow().plusSeconds(30);
        Duration paused = clock.pauses().stream().map(p -> p.lengthAt(probe)).reduce(Duration.ZERO, Duration::plus);
        Duration extended = clock.extensions().stream().reduce(Duration.ZERO, Duration::plus);
        Duration writingTime = Duration.between(start, clock.deadlineAt(probe)).minus(paused);
        assertThat(writingTime).isEqualTo(AttemptClockTest.MATH.duration().plusMinutes(extraMinutes).plus(extended));
    }

    @Property(tries = 200)
    void remainingIsConstantDuringAPause(@ForAll @IntRange(min = 1, max = 170) int pauseAtMinute,
            @ForAll @IntRange(min = 1, max = 600) int waitMinutes) {
        Instant start = AttemptClockTest.minute(0);
        Attempt paused = AttemptClockTest.startedAt(start, AttemptClockTest.onTime())
                .then(new AttemptEvent.Paused("p"), AttemptClockTest.SOMEONE, AttemptClockTest.minute(pauseAtMinute));
        AttemptClock clock = AttemptClock.of(AttemptClockTest.MATH, paused, Duration.ZERO);
        assertThat(clock.remainingAt(AttemptClockTest.minute(pauseAtMinute + waitMinutes)))
                .isEqualTo(clock.remainingAt(AttemptClockTest.minute(pauseAtMinute)))
                .isEqualTo(Duration.ofMinutes(180 - pauseAtMinute));
        assertThat(Optional.of(clock.pausedAt(AttemptClockTest.minute(pauseAtMinute + waitMinutes)))).contains(true);
    }
}
