package org.examroom.hardware.button;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.examroom.hardware.gpio.GpioPlatform;
import org.examroom.hardware.gpio.MockGpio;
import org.examroom.hardware.gpio.MockPins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The button's pin on Pi4J's mock platform, with a clock the test moves: bouncing contacts, one press. */
class GpioHelpButtonTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicInteger presses = new AtomicInteger();
    private Context pi4j;
    private GpioHelpButton button;

    @BeforeEach
    void releasedButtonOnMockPin() {
        pi4j = MockGpio.newContext();
        button = new GpioHelpButton(pi4j, GpioPlatform.MOCK, 23, Duration.ofMillis(50), nanos::get);
        button.onPress(presses::incrementAndGet);
        level(DigitalState.HIGH, 0);
    }

    @AfterEach
    void shutDown() {
        button.close();
        pi4j.shutdown();
    }

    @Test
    void aCleanPressIsOnePress() {
        level(DigitalState.LOW, 200);
        level(DigitalState.HIGH, 150);
        assertThat(presses).hasValue(1);
    }

    @Test
    void chatterWhenTheContactClosesAndOpensCountsOnce() {
        level(DigitalState.LOW, 500);
        level(DigitalState.HIGH, 2);
        level(DigitalState.LOW, 1);
        level(DigitalState.HIGH, 3);
        level(DigitalState.LOW, 2);
        // held for a second and a half, then let go with more chatter
        level(DigitalState.HIGH, 1500);
        level(DigitalState.LOW, 2);
        level(DigitalState.HIGH, 2);
        assertThat(presses).hasValue(1);
    }

    @Test
    void twoDeliberatePressesCountTwice() {
        level(DigitalState.LOW, 500);
        level(DigitalState.HIGH, 120);
        level(DigitalState.LOW, 200);
        level(DigitalState.HIGH, 120);
        assertThat(presses).hasValue(2);
    }

    @Test
    void closingReleasesThePin() {
        button.close();
        assertThat(pi4j.registry().exists(GpioHelpButton.ID)).isFalse();
    }

    private void level(DigitalState level, long afterMillis) {
        nanos.addAndGet(Duration.ofMillis(afterMillis).toNanos());
        MockPins.setLevel(pi4j, GpioHelpButton.ID, level);
    }
}
