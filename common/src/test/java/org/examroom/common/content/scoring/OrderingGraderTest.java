package org.examroom.common.content.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examroom.common.content.Scoring.OrderingGrading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Worked by hand for the correct order A B C D and the answer B A C D. */
class OrderingGraderTest {

    private static final List<String> CORRECT = List.of("A", "B", "C", "D");
    private static final List<String> SWAPPED = List.of("B", "A", "C", "D");

    private static String fraction(OrderingGrading grading, List<String> given) {
        return OrderingGrader.fraction(grading, CORRECT, given).stripTrailingZeros().toPlainString();
    }

    @ParameterizedTest
    @EnumSource(OrderingGrading.class)
    void theCorrectOrderEarnsEverything(OrderingGrading grading) {
        assertThat(fraction(grading, CORRECT)).isEqualTo("1");
    }

    @Test
    void eachGradingTypeCountsWhatMoodleCounts() {
        assertThat(fraction(OrderingGrading.ALL_OR_NOTHING, SWAPPED)).isEqualTo("0");
        assertThat(fraction(OrderingGrading.ABSOLUTE_POSITION, SWAPPED)).as("C, D in place: 2 of 4").isEqualTo("0.5");
        assertThat(fraction(OrderingGrading.RELATIVE_TO_CORRECT, SWAPPED)).as("(2+2+3+3) of 12")
                .startsWith("0.8333");
        assertThat(fraction(OrderingGrading.RELATIVE_NEXT_EXCLUDE_LAST, SWAPPED)).as("C→D only: 1 of 3")
                .startsWith("0.3333");
        assertThat(fraction(OrderingGrading.RELATIVE_NEXT_INCLUDE_LAST, SWAPPED)).as("C→D, D→end: 2 of 4")
                .isEqualTo("0.5");
        assertThat(fraction(OrderingGrading.RELATIVE_ONE_PREVIOUS_AND_NEXT, SWAPPED))
                .as("C: next; D: previous and end: 3 of 8").isEqualTo("0.375");
        assertThat(fraction(OrderingGrading.RELATIVE_ALL_PREVIOUS_AND_NEXT, SWAPPED))
                .as("A: 0+2, B: 0+2, C: 2+1, D: 3+0 of 12").isEqualTo("0.8333333333333333");
        assertThat(fraction(OrderingGrading.LONGEST_ORDERED_SUBSET, SWAPPED)).as("A C D: 3 of 4").isEqualTo("0.75");
        assertThat(fraction(OrderingGrading.LONGEST_CONTIGUOUS_SUBSET, SWAPPED))
                .as("B C D follow each other in the correct order (Moodle does not ask them to be adjacent)")
                .isEqualTo("0.75");
        assertThat(fraction(OrderingGrading.LONGEST_CONTIGUOUS_SUBSET, List.of("A", "C", "B", "D"))).as("A B or C D")
                .isEqualTo("0.5");
    }

    @Test
    void aRunOfOneIsNoRun() {
        assertThat(fraction(OrderingGrading.LONGEST_ORDERED_SUBSET, List.of("D", "C", "B", "A"))).isEqualTo("0");
    }
}
