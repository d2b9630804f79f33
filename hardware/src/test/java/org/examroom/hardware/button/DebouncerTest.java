package org.examroom.hardware.button;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DebouncerTest {

    private static final long MS = 1_000_000L;

    @Test
    void aPressRightAfterARepeatedReleaseIsChatter() {
        Debouncer debouncer = new Debouncer(Duration.ofMillis(20));
        assertThat(debouncer.accept(true, 0)).isTrue();
        assertThat(debouncer.accept(false, 5 * MS)).isFalse();
        assertThat(debouncer.accept(true, 10 * MS)).isFalse();
        assertThat(debouncer.accept(false, 100 * MS)).isFalse();
        assertThat(debouncer.accept(true, 121 * MS)).isTrue();
    }

    @Test
    void theSameLevelTwiceIsNoEdge() {
        Debouncer debouncer = new Debouncer(Duration.ofMillis(20));
        assertThat(debouncer.accept(true, 0)).isTrue();
        assertThat(debouncer.accept(true, 500 * MS)).isFalse();
    }
}
