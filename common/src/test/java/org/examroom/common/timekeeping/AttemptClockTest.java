package org.examroom.common.timekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.examroom.common.attempt.Actor;
import org.examroom.common.attempt.Attempt;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.exam.ApplicantId;
import org.examroom.common.exam.Delivery;
import org.examroom.common.exam.Exam;
import org.examroom.common.exam.ExamId;
import org.examroom.common.exam.IdentityDocument;
import org.examroom.common.policy.AdmissionDecision;
import org.examroom.common.policy.LateArrivalPolicy;
import org.junit.jupiter.api.Test;

class AttemptClockTest {

    static final Exam MATH = new Exam(new ExamId("MATH-1"), "Математика", "01.03.02", Delivery.IN_ROOM, 1,
            Exam.moscow(LocalDateTime.of(2026, 7, 15, 10, 0)), Duration.ofMinutes(180), 40, 100, Set.of());
    static final Actor SOMEONE = new Actor.System("test");

    static Instant minute(long m) {
        return MATH.scheduledStart().plus(Duration.ofMinutes(m));
    }

    static Attempt startedAt(Instant testStart, AdmissionDecision.Admitted admission) {
        return Attempt.registered(new ApplicantId("A"), MATH.id())
                .then(new AttemptEvent.Admitted(new IdentityDocument(IdentityDocument.Kind.PASSPORT_RF, "1"),
                        admission.lateness(), admission.timeShortened()), SOMEONE, testStart.minusSeconds(60))
                .then(new AttemptEvent.KeyIssued("K", null), SOMEONE, testStart.minusSeconds(50))
                .then(new AttemptEvent.KeyEntered(), SOMEONE, testStart.minusSeconds(40))
                .then(new AttemptEvent.RulesAccepted(true, true), SOMEONE, testStart.minusSeconds(30))
                .then(new AttemptEvent.PhotosTaken(5), SOMEONE, testStart.minusSeconds(20))
                .then(new AttemptEvent.TestStarted(), SOMEONE, testStart);
    }

    static AdmissionDecision.Admitted onTime() {
        return (AdmissionDecision.Admitted) LateArrivalPolicy.TPU.decide(MATH.scheduledStart(), MATH.scheduledStart());
    }

    @Test
    void thePersonalClockStartsAtTheTestPage() {
        Attempt attempt = startedAt(minute(3), onTime());
        AttemptClock clock = AttemptClock.of(MATH, attempt, Duration.ZERO);
        assertThat(clock.deadlineAt(minute(10))).isEqualTo(minute(183));
        assertThat(clock.remainingAt(minute(3))).isEqualTo(Duration.ofMinutes(180));
        assertThat(clock.remainingAt(minute(183))).isZero();
        assertThat(clock.isOverAt(minute(183))).isTrue();
        assertThat(clock.isOverAt(minute(182))).isFalse();
    }

    @Test
    void beforeTheStartTheWholeAllowanceRemains() {
        Attempt admitted = Attempt.registered(new ApplicantId("A"), MATH.id());
        AttemptClock clock = AttemptClock.of(MATH, admitted, Duration.ofMinutes(30));
        assertThat(clock.remainingAt(minute(-5))).isEqualTo(Duration.ofMinutes(210));
        assertThat(clock.isOverAt(minute(500))).isFalse();
    }

    @Test
    void extraTimeAndExtensionsAddUp() {
        Attempt attempt = startedAt(minute(0), onTime())
                .then(new AttemptEvent.TimeExtended(Duration.ofMinutes(7), "power cut"), SOMEONE, minute(60));
        AttemptClock clock = AttemptClock.of(MATH, attempt, Duration.ofMinutes(90));
        assertThat(clock.deadlineAt(minute(61))).isEqualTo(minute(180 + 90 + 7));
    }

    @Test
    void aPauseStopsTheClock() {
        Attempt attempt = startedAt(minute(0), onTime())
                .then(new AttemptEvent.Paused("fire alarm"), SOMEONE, minute(30));
        AttemptClock paused = AttemptClock.of(MATH, attempt, Duration.ZERO);
        assertThat(paused.pausedAt(minute(40))).isTrue();
        assertThat(paused.remainingAt(minute(30))).isEqualTo(Duration.ofMinutes(150));
        assertThat(paused.remainingAt(minute(75))).isEqualTo(Duration.ofMinutes(150));

        Attempt resumed = attempt.then(new AttemptEvent.Resumed(), SOMEONE, minute(45));
        AttemptClock clock = AttemptClock.of(MATH, resumed, Duration.ZERO);
        assertThat(clock.pausedAt(minute(50))).isFalse();
        assertThat(clock.deadlineAt(minute(50))).isEqualTo(minute(195));
        assertThat(clock.remainingAt(minute(50))).isEqualTo(Duration.ofMinutes(145));
    }

    @Test
    void aLateArrivalWithoutExtraTimeEndsWithEveryoneElse() {
        var late = (AdmissionDecision.Admitted) LateArrivalPolicy.TPU.decide(minute(30), MATH.scheduledStart());
        Attempt attempt = startedAt(minute(35), late);
        AttemptClock clock = AttemptClock.of(MATH, attempt, Duration.ZERO);
        assertThat(clock.deadlineAt(minute(40))).isEqualTo(MATH.commonEnd());
        assertThat(clock.remainingAt(minute(35))).isEqualTo(Duration.ofMinutes(145));
    }

    @Test
    void aLateApplicantWithAccommodationsKeepsTheirExtraTime() {
        var late = (AdmissionDecision.Admitted) LateArrivalPolicy.TPU.decide(minute(20), MATH.scheduledStart());
        AttemptClock clock = AttemptClock.of(MATH, startedAt(minute(25), late), Duration.ofMinutes(60));
        assertThat(clock.deadlineAt(minute(30))).isEqualTo(minute(240));
    }

    @Test
    void afterSubmittingNoTimeRemains() {
        Attempt attempt = startedAt(minute(0), onTime()).then(new AttemptEvent.Submitted(false), SOMEONE, minute(90));
        AttemptClock clock = AttemptClock.of(MATH, attempt, Duration.ZERO);
        assertThat(clock.remainingAt(minute(89))).isEqualTo(Duration.ofMinutes(91));
        assertThat(clock.remainingAt(minute(90))).isZero();
        assertThat(clock.remainingAt(minute(120))).isZero();
    }
}
