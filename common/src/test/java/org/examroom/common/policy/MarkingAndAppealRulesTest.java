package org.examroom.common.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.policy.ManualGradingPolicy.Mark;
import org.examroom.common.policy.ManualGradingPolicy.MarkDecision;
import org.examroom.common.policy.ManualGradingPolicy.Marking;
import org.junit.jupiter.api.Test;

class MarkingAndAppealRulesTest {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final ManualGradingPolicy TWO = ManualGradingPolicy.ONE_GRADER.withGraders(2);

    private static Mark mark(String grader, String score) {
        return new Mark(grader, new BigDecimal(score));
    }

    @Test
    void oneGraderIsFinalAtOnce() {
        assertThat(ManualGradingPolicy.ONE_GRADER.marking(List.of(), TEN)).isEqualTo(new Marking.NeedsMarks(1));
        assertThat(ManualGradingPolicy.ONE_GRADER.marking(List.of(mark("a", "7")), TEN)).isEqualTo(new Marking.Final(new BigDecimal("7")));
    }

    @Test
    void twoAgreeingMarksGiveTheirMeanAndTheToleranceIsInclusive() {
        assertThat(TWO.tolerance(TEN)).isEqualByComparingTo("2");
        assertThat(TWO.marking(List.of(mark("a", "7")), TEN)).isEqualTo(new Marking.NeedsMarks(1));
        assertThat(TWO.marking(List.of(mark("a", "7"), mark("b", "8")), TEN))
                .isEqualTo(new Marking.Final(new BigDecimal("7.5")));
        assertThat(TWO.marking(List.of(mark("a", "7"), mark("b", "9")), TEN)).isInstanceOf(Marking.Final.class);
        assertThat(TWO.marking(List.of(mark("a", "6"), mark("b", "9")), TEN)).isInstanceOf(Marking.Discrepancy.class);
    }

    @Test
    void aDiscrepancyIsSettledByTheThirdMark() {
        List<Mark> apart = List.of(mark("a", "2"), mark("b", "9"));
        assertThat(TWO.mayMark(apart, TEN, "chair", false)).isInstanceOf(MarkDecision.Allowed.class);
        assertThat(TWO.marking(List.of(mark("a", "2"), mark("b", "9"), mark("chair", "5")), TEN))
                .isEqualTo(new Marking.Final(new BigDecimal("5")));
    }

    @Test
    void newGradersAreTakenOnlyWhileMarksAreMissing() {
        List<Mark> agreed = List.of(mark("a", "7"), mark("b", "8"));
        assertThat(TWO.mayMark(agreed, TEN, "c", true)).isInstanceOfSatisfying(MarkDecision.Refused.class,
                r -> assertThat(r.explanation().in(Locale.ENGLISH)).contains("already has its marks (2)"));
        assertThat(TWO.mayMark(agreed, TEN, "a", true)).as("changing one's own mark").isInstanceOf(MarkDecision.Allowed.class);
        assertThat(TWO.mayMark(List.of(mark("a", "7")), TEN, "s", false)).as("not a committee member")
                .isInstanceOf(MarkDecision.Refused.class);
    }

    @Test
    void aProcedureAppealIsTakenOnTheDayOfTheTestOnlyFromSomeoneInTheRoom() {
        Instant start = Instant.parse("2026-07-15T07:00:00Z"); // 10:00 Moscow
        AppealPolicy tpu = AppealPolicy.TPU;
        assertThat(tpu.procedure(Instant.parse("2026-07-15T20:59:00Z"), start, AttemptState.SUBMITTED))
                .isInstanceOfSatisfying(AppealPolicy.Decision.Accepted.class,
                        a -> assertThat(a.deadline()).isEqualTo(Instant.parse("2026-07-15T21:00:00Z")));
        assertThat(tpu.procedure(Instant.parse("2026-07-15T21:00:00Z"), start, AttemptState.SUBMITTED))
                .isInstanceOfSatisfying(AppealPolicy.Decision.Refused.class,
                        r -> assertThat(r.explanation().in(Locale.of("ru"))).contains("только в день испытания (15.07.2026)"));
        assertThat(tpu.procedure(start, start, AttemptState.ABSENT)).isInstanceOf(AppealPolicy.Decision.Refused.class);
    }

    @Test
    void aResultAppealIsTakenForTwoDaysAfterPublication() {
        Instant published = Instant.parse("2026-07-17T11:00:00Z"); // Friday 14:00 Moscow
        assertThat(AppealPolicy.TPU.result(published, Optional.empty())).isInstanceOf(AppealPolicy.Decision.Refused.class);
        assertThat(AppealPolicy.TPU.lastDay(published)).hasToString("2026-07-19");
        assertThat(AppealPolicy.TPU.result(Instant.parse("2026-07-19T20:59:59Z"), Optional.of(published)))
                .isInstanceOfSatisfying(AppealPolicy.Decision.Accepted.class,
                        a -> assertThat(a.explanation().in(Locale.of("ru"))).isEqualTo(
                                "Апелляция по результатам принята (в течение 2 дней после объявления, по 19.07.2026 включительно)"));
        assertThat(AppealPolicy.TPU.result(Instant.parse("2026-07-19T21:00:00Z"), Optional.of(published)))
                .isInstanceOf(AppealPolicy.Decision.Refused.class);
        var working = new AppealPolicy(2, AppealPolicy.DayCount.WORKING);
        assertThat(working.lastDay(published)).as("Saturday and Sunday do not count").hasToString("2026-07-21");
    }
}
