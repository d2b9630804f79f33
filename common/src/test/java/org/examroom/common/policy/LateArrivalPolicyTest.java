package org.examroom.common.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LateArrivalPolicyTest {

    private static final Instant START = Instant.parse("2026-07-15T07:00:00Z"); // 10:00 Moscow
    private static final Locale RU = Locale.of("ru");

    private static Instant late(Duration d) {
        return START.plus(d);
    }

    @Nested
    class Tpu {
        private final LateArrivalPolicy tpu = LateArrivalPolicy.TPU;

        @Test
        void onTimeIsAdmittedWithFullTime() {
            var decision = tpu.decide(START.minusSeconds(20 * 60), START);
            assertThat(decision).isInstanceOfSatisfying(AdmissionDecision.Admitted.class, a -> {
                assertThat(a.timeShortened()).isFalse();
                assertThat(a.lateness()).isZero();
            });
            assertThat(tpu.decide(START, START)).isInstanceOf(AdmissionDecision.Admitted.class);
        }

        @Test
        void exactlyThirtyMinutesLateIsAdmittedWithoutExtraTime() {
            var decision = tpu.decide(late(Duration.ofMinutes(30)), START);
            assertThat(decision).isInstanceOfSatisfying(AdmissionDecision.Admitted.class, a -> {
                assertThat(a.timeShortened()).isTrue();
                assertThat(a.lateness()).isEqualTo(Duration.ofMinutes(30));
            });
            assertThat(decision.explanation().in(RU))
                    .isEqualTo("Опоздание 30 мин (допускается до 30 мин): допущен без продления времени");
        }

        @Test
        void thirtyMinutesAndOneSecondLateIsNotAdmitted() {
            var decision = tpu.decide(late(Duration.ofMinutes(30).plusSeconds(1)), START);
            assertThat(decision).isInstanceOfSatisfying(AdmissionDecision.NotAdmitted.class,
                    n -> assertThat(n.actRequired()).isFalse());
            assertThat(decision.explanation().in(Locale.ENGLISH)).isEqualTo("30 min 1 s late (more than 30 min): not admitted");
        }

        @Test
        void oneSecondLateIsAlreadyLate() {
            assertThat(tpu.decide(late(Duration.ofSeconds(1)), START))
                    .isInstanceOfSatisfying(AdmissionDecision.Admitted.class, a -> assertThat(a.timeShortened()).isTrue());
        }
    }

    @Nested
    class Spbguptd {
        private final LateArrivalPolicy spb = LateArrivalPolicy.SPBGUPTD;

        @Test
        void anyLatenessUnderAnHourNeedsConsent() {
            for (Duration d : new Duration[] {Duration.ofSeconds(1), Duration.ofMinutes(30), Duration.ofMinutes(60).minusSeconds(1)}) {
                assertThat(spb.decide(late(d), START)).as(d.toString()).isInstanceOf(AdmissionDecision.AdmittedIfConsents.class);
            }
        }

        @Test
        void consentAdmitsWithShortenedTimeAndRefusalNeedsAnAct() {
            var needsConsent = (AdmissionDecision.AdmittedIfConsents) spb.decide(late(Duration.ofMinutes(59)), START);
            assertThat(needsConsent.withConsent(true)).isInstanceOfSatisfying(AdmissionDecision.Admitted.class,
                    a -> assertThat(a.timeShortened()).isTrue());
            assertThat(needsConsent.withConsent(false)).isInstanceOfSatisfying(AdmissionDecision.NotAdmitted.class, n -> {
                assertThat(n.actRequired()).isTrue();
                assertThat(n.explanation().in(RU)).contains("составляется акт");
            });
        }

        @Test
        void exactlyAnHourLateIsCountedAbsent() {
            var decision = spb.decide(late(Duration.ofHours(1)), START);
            assertThat(decision).isInstanceOf(AdmissionDecision.CountedAbsent.class);
            assertThat(decision.explanation().in(RU)).isEqualTo("Опоздание 60 мин (не меньше 60 мин): считается неявившимся");
        }

        @Test
        void onTimeNeedsNoConsent() {
            assertThat(spb.decide(START.minusSeconds(600), START)).isInstanceOfSatisfying(AdmissionDecision.Admitted.class,
                    a -> assertThat(a.timeShortened()).isFalse());
        }
    }

    @Nested
    class Sfu {
        private final LateArrivalPolicy sfu = LateArrivalPolicy.SFU;

        @Test
        void identificationOpensTenMinutesBefore() {
            assertThat(sfu.decide(START.minus(Duration.ofMinutes(10)), START)).isInstanceOf(AdmissionDecision.Admitted.class);
            var early = sfu.decide(START.minus(Duration.ofMinutes(10)).minusSeconds(1), START);
            assertThat(early).isInstanceOfSatisfying(AdmissionDecision.TooEarly.class,
                    t -> assertThat(t.opensAt()).isEqualTo(START.minus(Duration.ofMinutes(10))));
            assertThat(early.explanation().in(RU)).isEqualTo("Идентификация ещё не началась: она открывается в 09:50:00 МСК");
        }

        @Test
        void identificationClosesTenMinutesAfter() {
            assertThat(sfu.decide(late(Duration.ofMinutes(10)), START)).isInstanceOf(AdmissionDecision.Admitted.class);
            assertThat(sfu.decide(late(Duration.ofMinutes(10).plusSeconds(1)), START)).isInstanceOf(AdmissionDecision.NotAdmitted.class);
        }
    }

    @Test
    void aCustomPolicyIsJustAnotherValue() {
        var custom = new LateArrivalPolicy(Limit.under(Duration.ofMinutes(15)), java.util.Optional.empty(),
                LateArrivalPolicy.Beyond.COUNTED_ABSENT, java.util.Optional.empty());
        assertThat(custom.decide(late(Duration.ofMinutes(15).minusSeconds(1)), START)).isInstanceOf(AdmissionDecision.Admitted.class);
        assertThat(custom.decide(late(Duration.ofMinutes(15)), START)).isInstanceOf(AdmissionDecision.CountedAbsent.class);
    }

    @Test
    void presetsAreFoundByName() {
        assertThat(ExamPolicies.preset("spbguptd")).isSameAs(ExamPolicies.SPBGUPTD);
        assertThat(ExamPolicies.preset("TPU").lateArrival()).isSameAs(LateArrivalPolicy.TPU);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExamPolicies.preset("MSU"))
                .hasMessageContaining("MSU").hasMessageContaining("TPU, SPbGUPTD, SFU");
    }
}
