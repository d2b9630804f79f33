package org.examroom.common.proctoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustScoreTest {

    private static final Instant T0 = Instant.parse("2026-07-15T07:00:00Z");
    private static final Duration ATTEMPT = Duration.ofMinutes(100);

    private static TrustScore.Span span(String kind, int fromMinute, int toMinute) {
        return new TrustScore.Span(kind, T0.plus(Duration.ofMinutes(fromMinute)), Optional.of(T0.plus(Duration.ofMinutes(toMinute))));
    }

    @Test
    void aCleanAttemptScoresAHundred() {
        assertThat(TrustScore.of(List.of(), ATTEMPT, TrustScore.Weights.DEFAULT, T0.plus(ATTEMPT)).value()).isEqualTo(100);
    }

    @Test
    void eachKindCostsItsWeightTimesItsShareOfTheAttempt() {
        TrustScore score = TrustScore.of(List.of(span("LOOKING_AWAY", 0, 10), span("DIFFERENT_PERSON", 50, 55)), ATTEMPT,
                TrustScore.Weights.DEFAULT, T0.plus(ATTEMPT));
        // 10% looking away × 0.5 + 5% another person × 3 = 20 points.
        assertThat(score.value()).isCloseTo(80, within(1e-9));
        assertThat(score.shares()).containsEntry("LOOKING_AWAY", 0.10).containsEntry("DIFFERENT_PERSON", 0.05);
    }

    @Test
    void anEventReportedAtItsStartAndEndCountsOnceAndOverlapsAreNotDoubled() {
        TrustScore.Span started = new TrustScore.Span("LOOKING_AWAY", T0, Optional.empty());
        TrustScore score = TrustScore.of(List.of(started, span("LOOKING_AWAY", 0, 10), span("LOOKING_AWAY", 5, 20)), ATTEMPT,
                new TrustScore.Weights(Map.of("LOOKING_AWAY", 1.0)), T0.plus(ATTEMPT));
        assertThat(score.shares()).containsEntry("LOOKING_AWAY", 0.20);
        assertThat(score.value()).isCloseTo(80, within(1e-9));
    }

    @Test
    void anOpenEventCountsUntilNowAndTheScoreNeverGoesBelowZero() {
        TrustScore.Span crowd = new TrustScore.Span("MULTIPLE_PEOPLE", T0, Optional.empty());
        assertThat(TrustScore.of(List.of(crowd), ATTEMPT, TrustScore.Weights.DEFAULT, T0.plus(ATTEMPT)).value()).isZero();
        assertThat(TrustScore.of(List.of(crowd), ATTEMPT, TrustScore.Weights.DEFAULT, T0.plus(Duration.ofMinutes(10)))
                .shares()).containsEntry("MULTIPLE_PEOPLE", 0.10);
    }

    @Test
    void aTerminalsNotesOnItsSetupCostNothing() {
        TrustScore score = TrustScore.of(List.of(span("SECOND_MONITOR", 0, 100)), ATTEMPT, TrustScore.Weights.DEFAULT, T0.plus(ATTEMPT));
        assertThat(score.value()).isEqualTo(100);
        assertThat(score.shares()).isEmpty();
    }
}
