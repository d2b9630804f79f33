package org.examroom.common.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Extra time, leaving the room, and the absence budget, each at its boundaries. */
class TimeRulesTest {

    private static Duration min(long m) {
        return Duration.ofMinutes(m);
    }

    @Test
    void extraTimeIsGrantedUpToNinetyMinutes() {
        var policy = ExtraTimePolicy.REGULATION;
        assertThat(policy.grant(min(90)).granted()).isEqualTo(min(90));
        assertThat(policy.grant(min(90)).capped(min(90))).isFalse();
        var over = policy.grant(min(90).plusSeconds(1));
        assertThat(over.granted()).isEqualTo(min(90));
        assertThat(over.capped(min(90).plusSeconds(1))).isTrue();
        assertThat(over.explanation().in(Locale.ENGLISH)).isEqualTo("90 min 1 s requested, but at most 90 min by the rules: 90 min granted");
        assertThat(policy.grant(Duration.ZERO).granted()).isZero();
        assertThatThrownBy(() -> policy.grant(min(-1))).hasMessageContaining("negative");
    }

    @Test
    void noExitFromATestOfAHundredAndFiftyMinutesOrLess() {
        var leaving = LeavingPolicy.SPBGUPTD;
        assertThat(leaving.decide(min(150), min(140), 0)).isInstanceOf(LeavingPolicy.ExitDecision.Refused.class);
        assertThat(leaving.decide(min(150), min(140), 0).explanation().in(Locale.of("ru")))
                .isEqualTo("Испытание длится 150 мин, а при длительности до 150 мин выход из аудитории не разрешается");
        assertThat(leaving.decide(min(151), min(140), 0)).isInstanceOf(LeavingPolicy.ExitDecision.Allowed.class);
    }

    @Test
    void oneExitNotBeforeMinuteHundredTwenty() {
        var leaving = LeavingPolicy.SPBGUPTD;
        var early = leaving.decide(min(180), min(120).minusSeconds(1), 0);
        assertThat(early).isInstanceOf(LeavingPolicy.ExitDecision.Refused.class);
        assertThat(early.explanation().in(Locale.ENGLISH)).isEqualTo("Leaving is allowed from 120 min after the start: 1 s to go");
        assertThat(leaving.decide(min(180), min(120), 0)).isInstanceOfSatisfying(LeavingPolicy.ExitDecision.Allowed.class,
                a -> assertThat(a.longest()).isEqualTo(min(5)));
        assertThat(leaving.decide(min(180), min(150), 1)).isInstanceOf(LeavingPolicy.ExitDecision.Refused.class);
    }

    @Test
    void anExitOfMoreThanFiveMinutesIsAnOverstay() {
        assertThat(LeavingPolicy.SPBGUPTD.overstayed(min(5))).isFalse();
        assertThat(LeavingPolicy.SPBGUPTD.overstayed(min(5).plusSeconds(1))).isTrue();
    }

    @Test
    void absenceUpToFiveMinutesInTotalIsWithinTheBudget() {
        var budget = AbsenceBudget.TOGU;
        assertThat(budget.assess(min(5))).isInstanceOfSatisfying(AbsenceBudget.Standing.Within.class,
                w -> assertThat(w.left()).isZero());
        assertThat(budget.assess(min(2))).isInstanceOfSatisfying(AbsenceBudget.Standing.Within.class,
                w -> assertThat(w.left()).isEqualTo(min(3)));
        assertThat(budget.assess(min(5).plusSeconds(1))).isInstanceOfSatisfying(AbsenceBudget.Standing.Exceeded.class,
                e -> assertThat(e.by()).isEqualTo(Duration.ofSeconds(1)));
    }
}
