package org.examroom.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProctoringPolicyTest {

    @Test
    void theDefaultsFollowTheRegulations() {
        assertThat(ProctoringPolicy.IN_ROOM.checksPerSecond()).isEqualTo(2.0);
        assertThat(ProctoringPolicy.IN_ROOM.checkInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(ProctoringPolicy.IN_ROOM.absence().budget()).isEqualTo(Duration.ofMinutes(5));
        assertThat(ProctoringPolicy.REMOTE.absence().budget()).isEqualTo(Duration.ofMinutes(5));
        assertThat(ProctoringPolicy.REMOTE.lookingAway().after()).isLessThan(ProctoringPolicy.IN_ROOM.lookingAway().after());
        assertThat(ProctoringPolicy.ACCOMMODATED.lookingAway().after()).isGreaterThan(ProctoringPolicy.IN_ROOM.lookingAway().after());
    }

    @Test
    void everyFigureCanBeChanged() {
        ProctoringPolicy fast = ProctoringPolicy.IN_ROOM.withChecksPerSecond(5)
                .withIdentity(new ProctoringPolicy.Identity(0.4, 3, 0.2));
        assertThat(fast.checkInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(fast.identity().window()).isEqualTo(3);
        assertThat(fast.absence()).isEqualTo(ProctoringPolicy.IN_ROOM.absence());
    }

    @Test
    void impossibleRatesAreRefused() {
        assertThatThrownBy(() -> ProctoringPolicy.IN_ROOM.withChecksPerSecond(0)).hasMessageContaining("checksPerSecond");
        assertThatThrownBy(() -> new ProctoringPolicy.Identity(0.3, 0, 0.2)).hasMessageContaining("window");
    }

    @Test
    void guidanceReadsInRussianAndInEnglish() {
        assertThat(FaceTexts.load(Locale.of("ru")).get("guidance.move-closer")).isEqualTo("Сядьте ближе к камере.");
        assertThat(FaceTexts.load(Locale.ENGLISH).get("guidance.move-closer")).isEqualTo("Move closer to the camera.");
        assertThat(FaceTexts.load(Locale.ENGLISH).get("status.unavailable", "no models"))
                .isEqualTo("Face checks unavailable: no models");
    }
}
