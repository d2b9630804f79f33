package org.examroom.common.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examroom.common.attempt.AttemptState.ABSENT;
import static org.examroom.common.attempt.AttemptState.REGISTERED;
import static org.examroom.common.attempt.AttemptState.REMOVED;
import static org.examroom.common.attempt.AttemptState.SUBMITTED;
import static org.examroom.common.attempt.AttemptState.TECHNICAL_FAILURE;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One attempt per subject across streams, and who gets a reserve day. */
class AttemptRulesTest {

    private final AttemptLimitPolicy once = AttemptLimitPolicy.ONCE;

    @Test
    void aFirstAttemptIsAllowed() {
        assertThat(once.decide(List.of())).isInstanceOf(AttemptLimitPolicy.Decision.Allowed.class);
    }

    @Test
    void absenceAndTechnicalFailureDoNotUseTheAttempt() {
        assertThat(once.decide(List.of(ABSENT, TECHNICAL_FAILURE, REGISTERED))).isInstanceOf(AttemptLimitPolicy.Decision.Allowed.class);
        assertThat(once.gradable(List.of(ABSENT, TECHNICAL_FAILURE))).isTrue();
    }

    @Test
    void aSecondAttemptIsRefusedAndNotGradedIfItHappensAnyway() {
        var refused = once.decide(List.of(SUBMITTED));
        assertThat(refused).isInstanceOf(AttemptLimitPolicy.Decision.Refused.class);
        assertThat(refused.explanation().in(Locale.of("ru")))
                .isEqualTo("Предмет уже сдавался в другом потоке (работа сдана): повторная попытка не допускается");
        assertThat(once.decide(List.of(REMOVED))).isInstanceOf(AttemptLimitPolicy.Decision.Refused.class);
        assertThat(once.gradable(List.of(SUBMITTED))).isFalse();
    }

    @Test
    void technicalFailureGivesAReserveDay() {
        assertThat(ReserveDayPolicy.decide(TECHNICAL_FAILURE, ReserveDayPolicy.Reason.TECHNICAL_FAILURE, false))
                .isInstanceOf(ReserveDayPolicy.Decision.Eligible.class);
    }

    @Test
    void aValidReasonNeedsItsProof() {
        assertThat(ReserveDayPolicy.decide(ABSENT, ReserveDayPolicy.Reason.VALID_REASON, true))
                .isInstanceOf(ReserveDayPolicy.Decision.Eligible.class);
        assertThat(ReserveDayPolicy.decide(ABSENT, ReserveDayPolicy.Reason.VALID_REASON, false))
                .isInstanceOf(ReserveDayPolicy.Decision.NotEligible.class);
    }

    @Test
    void removedOrSubmittedGetNoReserveDay() {
        var removed = ReserveDayPolicy.decide(REMOVED, ReserveDayPolicy.Reason.VALID_REASON, true);
        assertThat(removed).isInstanceOf(ReserveDayPolicy.Decision.NotEligible.class);
        assertThat(removed.explanation().in(Locale.ENGLISH)).isEqualTo("No reserve day: the attempt is \"removed\"");
        assertThat(ReserveDayPolicy.decide(SUBMITTED, ReserveDayPolicy.Reason.TECHNICAL_FAILURE, true))
                .isInstanceOf(ReserveDayPolicy.Decision.NotEligible.class);
    }
}
