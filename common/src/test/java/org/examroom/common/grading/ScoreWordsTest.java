package org.examroom.common.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreWordsTest {

    @ParameterizedTest
    @CsvSource({
        "0, ноль, zero",
        "1, один, one",
        "2, два, two",
        "11, одиннадцать, eleven",
        "14, четырнадцать, fourteen",
        "19, девятнадцать, nineteen",
        "20, двадцать, twenty",
        "21, двадцать один, twenty-one",
        "40, сорок, forty",
        "42, сорок два, forty-two",
        "87, восемьдесят семь, eighty-seven",
        "90, девяносто, ninety",
        "99, девяносто девять, ninety-nine",
        "100, сто, one hundred"})
    void scoresInWords(int score, String russian, String english) {
        assertThat(ScoreWords.russian(score)).isEqualTo(russian);
        assertThat(ScoreWords.english(score)).isEqualTo(english);
        assertThat(ScoreWords.in(Locale.of("ru", "RU"), score)).isEqualTo(russian);
        assertThat(ScoreWords.in(Locale.UK, score)).isEqualTo(english);
    }

    @org.junit.jupiter.api.Test
    void everyScoreHasItsOwnWellFormedWords() {
        Set<String> seen = new HashSet<>();
        for (int score = 0; score <= 100; score++) {
            String words = ScoreWords.russian(score);
            assertThat(words).as("%d", score).matches("[а-яё]+( [а-яё]+)?");
            assertThat(seen.add(words)).as("%d repeats %s", score, words).isTrue();
            assertThat(ScoreWords.english(score)).as("%d", score).matches("[a-z]+([- ][a-z]+)?");
        }
    }

    @Test
    void outOfRangeIsRefused() {
        assertThatThrownBy(() -> ScoreWords.russian(101)).hasMessageContaining("101");
        assertThatThrownBy(() -> ScoreWords.english(-1)).hasMessageContaining("-1");
    }
}
