package org.examroom.face.monitor;

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

    private static ProctoringEvent.LookingAway away(int fromMinute, int toMinute) {
        return new ProctoringEvent.LookingAway(T0.plus(Duration.ofMinutes(fromMinute)), Optional.of(T0.plus(Duration.ofMinutes(toMinute))),
                0.9, JpegSnapshot.none());
    }

    @Test
    void aCleanAttemptScoresAHundred() {
        assertThat(TrustScore.of(List.of(), ATTEMPT, TrustScore.Weights.DEFAULT, T0.plus(ATTEMPT)).value()).isEqualTo(100);
    }

    @Test
    void eachKindCostsItsWeightTimesItsShareOfTheAttempt() {
        ProctoringEvent.DifferentPerson other = new ProctoringEvent.DifferentPerson(T0.plus(Duration.ofMinutes(50)),
                Optional.of(T0.plus(Duration.ofMinutes(55))), 0.8, JpegSnapshot.none(), 0.1);
        TrustScore score = TrustScore.of(List.of(away(0, 10), other), ATTEMPT, TrustScore.Weights.DEFAULT, T0.plus(ATTEMPT));
        // 10% looking away × 0.5 + 5% another person × 3 = 20 points.
        assertThat(score.value()).isCloseTo(80, within(1e-9));
        assertThat(score.shares()).containsEntry(EventKind.LOOKING_AWAY, 0.10).containsEntry(EventKind.DIFFERENT_PERSON, 0.05);
    }

    @Test
    void anEventReportedAtItsStartAndEndCountsOnceAndOverlapsAreNotDoubled() {
        ProctoringEvent.LookingAway started = new ProctoringEvent.LookingAway(T0, Optional.empty(), 0.9, JpegSnapshot.none());
        TrustScore score = TrustScore.of(List.of(started, away(0, 10), away(5, 20)), ATTEMPT,
                new TrustScore.Weights(Map.of(EventKind.LOOKING_AWAY, 1.0)), T0.plus(ATTEMPT));
        assertThat(score.shares()).containsEntry(EventKind.LOOKING_AWAY, 0.20);
        assertThat(score.value()).isCloseTo(80, within(1e-9));
    }

    @Test
    void theScoreNeverGoesBelowZero() {
        ProctoringEvent.MultiplePeople crowd = new ProctoringEvent.MultiplePeople(T0, Optional.empty(), 0.9, JpegSnapshot.none(), 3);
        assertThat(TrustScore.of(List.of(crowd), ATTEMPT, TrustScore.Weights.DEFAULT, T0.plus(ATTEMPT)).value()).isZero();
    }
}
