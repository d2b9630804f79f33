package org.examroom.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void percentilesAreNearestRank() {
        Timings t = new Timings(100);
        for (int i = 1; i <= 100; i++) {
            t.add(i * 1_000_000L);
        }
        assertThat(t.percentileMillis(0.50)).isEqualTo(50.0);
        assertThat(t.percentileMillis(0.99)).isEqualTo(99.0);
        assertThat(t.percentileMillis(1.0)).isEqualTo(100.0);
        assertThat(t.meanMillis()).isEqualTo(50.5);
        assertThat(t.summary("x")).isEqualTo("x: n=100, mean=50.500 ms, p50=50.000 ms, p99=99.000 ms, max=100.000 ms");
    }

    @Test
    void noRunsIsAnError() {
        assertThatThrownBy(() -> new Timings(1).percentileMillis(0.5)).hasMessageContaining("no runs");
    }
}
