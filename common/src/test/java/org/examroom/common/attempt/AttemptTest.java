package org.examroom.common.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.examroom.common.exam.ApplicantId;
import org.examroom.common.exam.ExamId;
import org.examroom.common.exam.IdentityDocument;
import org.examroom.common.exam.StaffId;
import org.junit.jupiter.api.Test;

class AttemptTest {

    private static final Instant T0 = Instant.parse("2026-07-15T06:40:00Z");
    private final ApplicantId anna = new ApplicantId("A-001");
    private final Actor supervisor = new Actor.Staff(new StaffId("S-01"));
    private final Actor applicant = new Actor.Applicant(anna);

    private Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aWholeAttemptIsRecordedEventByEventWithTimeAndActor() {
        Attempt attempt = Attempt.registered(anna, new ExamId("MATH-1"))
                .then(new AttemptEvent.Admitted(new IdentityDocument(IdentityDocument.Kind.PASSPORT_RF, "4510 123456"), Duration.ZERO, false), supervisor, at(0))
                .then(new AttemptEvent.KeyIssued("K-0001", null), supervisor, at(5))
                .then(new AttemptEvent.KeyEntered(), applicant, at(10))
                .then(new AttemptEvent.RulesAccepted(true, true), applicant, at(11))
                .then(new AttemptEvent.PhotosTaken(5), applicant, at(13))
                .then(new AttemptEvent.TestStarted(), applicant, at(20));
        assertThat(attempt.answersMayChange()).isTrue();

        attempt = attempt.then(new AttemptEvent.Submitted(false), applicant, at(100));
        assertThat(attempt.state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(attempt.answersMayChange()).isFalse();
        assertThat(attempt.history()).hasSize(7);
        RecordedEvent admitted = attempt.history().getFirst();
        assertThat(admitted.actor()).isEqualTo(supervisor);
        assertThat(admitted.at()).isEqualTo(at(0));
        assertThat(admitted.from()).isEqualTo(AttemptState.REGISTERED);
        assertThat(admitted.to()).isEqualTo(AttemptState.ADMITTED);
        assertThat(attempt.first(AttemptEvent.TestStarted.class)).map(RecordedEvent::at).contains(at(20));
    }

    @Test
    void aRefusedEventLeavesTheAttemptAsItWas() {
        Attempt registered = Attempt.registered(anna, new ExamId("MATH-1"));
        Transition t = registered.apply(new AttemptEvent.TestStarted(), applicant, at(1));
        assertThat(t).isInstanceOfSatisfying(Transition.Refused.class, r -> {
            assertThat(r.attempt()).isSameAs(registered);
            assertThat(r.reason().in(Locale.of("ru"))).isEqualTo("Сейчас нельзя: состояние «зарегистрирован», нужно «фото сделаны»");
        });
        assertThatThrownBy(() -> registered.then(new AttemptEvent.Submitted(false), applicant, at(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("registered");
    }

    @Test
    void eventsMustComeInTimeOrder() {
        Attempt admitted = Attempt.registered(anna, new ExamId("MATH-1"))
                .then(new AttemptEvent.Admitted(new IdentityDocument(IdentityDocument.Kind.PASSPORT_RF, "1"), Duration.ZERO, false), supervisor, at(10));
        assertThat(admitted.apply(new AttemptEvent.KeyIssued("K-1", null), supervisor, at(9)))
                .isInstanceOfSatisfying(Transition.Refused.class,
                        r -> assertThat(r.reason().in(Locale.ENGLISH)).startsWith("Event at 09:49:00 Moscow time is earlier"));
        assertThat(admitted.apply(new AttemptEvent.KeyIssued("K-1", null), supervisor, at(10))).isInstanceOf(Transition.Accepted.class);
    }
}
