package org.examroom.common.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.examroom.common.attempt.AttemptState;
import org.junit.jupiter.api.Test;

class TestGraderTest {

    private final TestGrader grader = new TestGrader(100, 40);

    @Test
    void theRawTotalIsScaledToAHundredAndRoundedHalfUp() {
        // 17.3 of 20 = 86.5 → 87
        var grade = grader.score(List.of(ItemResult.of("q1", 10, 10), ItemResult.of("q2", 7.3, 10)));
        assertThat(grade.points()).isEqualTo(87);
        assertThat(grade.total()).isEqualByComparingTo("17.3");
        assertThat(grade.maximum()).isEqualByComparingTo("20");
        assertThat(grade.passed()).isTrue();
        assertThat(grade.explanation().in(Locale.of("ru"))).isEqualTo("87 из 100, минимальный балл 40: пройден");
    }

    @Test
    void thePassMarkItselfPasses() {
        assertThat(grader.score(List.of(ItemResult.of("q", 4, 10))).passed()).isTrue();
        var below = grader.score(List.of(ItemResult.of("q", 3.949, 10)));
        assertThat(below.points()).isEqualTo(39);
        assertThat(below.passed()).isFalse();
        assertThat(below.explanation().in(Locale.ENGLISH)).isEqualTo("39 of 100, pass mark 40: not passed");
    }

    @Test
    void weightsCountInTheTotal() {
        var weighted = new ItemResult("hard", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(3));
        var grade = grader.score(List.of(weighted, ItemResult.of("easy", 0, 1)));
        assertThat(grade.points()).isEqualTo(75);
    }

    @Test
    void negativeItemScoresCanLowerTheTotalButNotBelowZero() {
        var grade = grader.score(List.of(ItemResult.of("q1", -1, 1), ItemResult.of("q2", 0, 1)));
        assertThat(grade.points()).isZero();
        assertThat(grader.score(List.of(ItemResult.of("q1", -1, 1), ItemResult.of("q2", 1, 1), ItemResult.of("q3", 1, 1))).points())
                .isEqualTo(33);
    }

    @Test
    void removalAnnulsAndASecondAttemptIsNotGraded() {
        List<ItemResult> perfect = List.of(ItemResult.of("q", 1, 1));
        assertThat(grader.grade(AttemptState.REMOVED, true, perfect)).isInstanceOfSatisfying(Grade.Annulled.class,
                a -> assertThat(a.explanation().in(Locale.of("ru"))).isEqualTo("Удалён с испытания: результат аннулирован"));
        assertThat(grader.grade(AttemptState.SUBMITTED, false, perfect)).isInstanceOf(Grade.NotGradable.class);
        assertThat(grader.grade(AttemptState.SUBMITTED, true, perfect)).isInstanceOfSatisfying(Grade.Scored.class,
                s -> assertThat(s.points()).isEqualTo(100));
    }

    @Test
    void anEmptyTestScoresZero() {
        assertThat(grader.score(List.of()).points()).isZero();
    }

    @Test
    void impossibleValuesAreRefused() {
        assertThatThrownBy(() -> ItemResult.of("q9", 2, 1)).hasMessageContaining("q9").hasMessageContaining("exceeds");
        assertThatThrownBy(() -> new TestGrader(100, 101)).hasMessageContaining("101");
    }
}
