package org.examroom.hardware.light;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LightPatternTest {

    @Test
    void steadyIsAlwaysLit() {
        assertThat(LightPattern.STEADY.blinks()).isFalse();
        assertThat(LightPattern.STEADY.litAt(Duration.ofDays(3))).isTrue();
    }

    @Test
    void aSlowBlinkIsLitForTheFirstSecondOfEveryTwo() {
        assertThat(LightPattern.SLOW_BLINK.litAt(Duration.ZERO)).isTrue();
        assertThat(LightPattern.SLOW_BLINK.litAt(Duration.ofMillis(999))).isTrue();
        assertThat(LightPattern.SLOW_BLINK.litAt(Duration.ofMillis(1000))).isFalse();
        assertThat(LightPattern.SLOW_BLINK.litAt(Duration.ofMillis(1999))).isFalse();
        assertThat(LightPattern.SLOW_BLINK.litAt(Duration.ofMillis(2000))).isTrue();
    }

    @Test
    void aFastBlinkFlashesFourTimesASecond() {
        long litSamples = java.util.stream.IntStream.range(0, 1000)
                .filter(ms -> LightPattern.FAST_BLINK.litAt(Duration.ofMillis(ms)))
                .count();
        assertThat(litSamples).isEqualTo(500);
        assertThat(LightPattern.FAST_BLINK.litAt(Duration.ofMillis(130))).isFalse();
        assertThat(LightPattern.FAST_BLINK.litAt(Duration.ofMillis(260))).isTrue();
    }
}
