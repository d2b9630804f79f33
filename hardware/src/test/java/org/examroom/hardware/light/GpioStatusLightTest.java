package org.examroom.hardware.light;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.examroom.hardware.gpio.MockGpio.high;

import com.pi4j.context.Context;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.examroom.hardware.gpio.GpioPlatform;
import org.examroom.hardware.gpio.MockGpio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The light's pins on Pi4J's mock platform: what each signal lights, and how blinking looks over time. */
class GpioStatusLightTest {

    private Context pi4j;

    @BeforeEach
    void mockPlatform() {
        pi4j = MockGpio.newContext();
    }

    @AfterEach
    void shutDown() {
        pi4j.shutdown();
    }

    @Test
    void anRgbLedMixesAmberFromRedAndGreen() {
        try (GpioStatusLight light = new GpioStatusLight(pi4j, GpioPlatform.MOCK, LightPins.DEFAULT)) {
            assertThat(pins()).containsExactly(false, false);

            light.show(LightState.steady(LightSignal.GREEN));
            assertThat(pins()).containsExactly(false, true);
            light.show(LightState.steady(LightSignal.AMBER));
            assertThat(pins()).containsExactly(true, true);
            light.show(LightState.steady(LightSignal.RED));
            assertThat(pins()).containsExactly(true, false);
            assertThat(light.current()).isEqualTo(LightState.steady(LightSignal.RED));

            light.close();
            assertThat(pins()).containsExactly(false, false);
        }
    }

    @Test
    void aCommonAnodeLedIsLitByLowPins() {
        LightPins anode = new LightPins(LightPins.Wiring.RGB_COMMON_ANODE, 5, 6, 13);
        try (GpioStatusLight light = new GpioStatusLight(pi4j, GpioPlatform.MOCK, anode)) {
            assertThat(pins()).containsExactly(true, true);
            light.show(LightState.steady(LightSignal.GREEN));
            assertThat(pins()).containsExactly(true, false);
        }
    }

    @Test
    void threeLedsUseTheirOwnAmberLed() {
        LightPins three = new LightPins(LightPins.Wiring.THREE_LEDS, 17, 27, 22);
        try (GpioStatusLight light = new GpioStatusLight(pi4j, GpioPlatform.MOCK, three)) {
            light.show(LightState.steady(LightSignal.AMBER));
            assertThat(pins()).containsExactly(false, false);
            assertThat(high(pi4j, GpioStatusLight.AMBER_ID)).isTrue();
            light.show(LightState.steady(LightSignal.RED));
            assertThat(high(pi4j, GpioStatusLight.AMBER_ID)).isFalse();
            assertThat(pins()).containsExactly(true, false);
        }
    }

    @Test
    void aFastBlinkTogglesThePinsAndASteadySignalStopsIt() throws InterruptedException {
        try (GpioStatusLight light = new GpioStatusLight(pi4j, GpioPlatform.MOCK, LightPins.DEFAULT)) {
            List<LightSignal> seen = new CopyOnWriteArrayList<>();
            light.onLit(seen::add);

            light.show(LightState.blinking(LightSignal.RED, LightPattern.FAST_BLINK));
            Thread.sleep(Duration.ofMillis(700));
            // Each 125 ms phase is one change: at least four in 700 ms, even on a busy machine.
            assertThat(seen).hasSizeGreaterThanOrEqualTo(4).containsOnly(LightSignal.RED, LightSignal.OFF);
            assertThat(seen.getFirst()).isEqualTo(LightSignal.RED);

            light.show(LightState.steady(LightSignal.GREEN));
            assertThat(light.lit()).isEqualTo(LightSignal.GREEN);
            int changes = seen.size();
            Thread.sleep(Duration.ofMillis(400));
            assertThat(seen).hasSize(changes);
            assertThat(pins()).containsExactly(false, true);
        }
    }

    @Test
    void repeatingTheSameStateKeepsTheBlinkInPhase() throws InterruptedException {
        try (GpioStatusLight light = new GpioStatusLight(pi4j, GpioPlatform.MOCK, LightPins.DEFAULT)) {
            List<LightSignal> seen = new CopyOnWriteArrayList<>();
            light.onLit(seen::add);
            LightState slow = LightState.blinking(LightSignal.AMBER, LightPattern.SLOW_BLINK);
            light.show(slow);
            light.show(slow);
            light.show(slow);
            assertThat(seen).containsExactly(LightSignal.AMBER);
        }
    }

    @Test
    void aClosedLightRefusesNewSignals() {
        GpioStatusLight light = new GpioStatusLight(pi4j, GpioPlatform.MOCK, LightPins.DEFAULT);
        light.close();
        assertThatThrownBy(() -> light.show(LightState.steady(LightSignal.GREEN)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pinsOffTheHeaderAreRejected() {
        assertThatThrownBy(() -> new LightPins(LightPins.Wiring.RGB_COMMON_CATHODE, 17, 40, 22))
                .hasMessageContaining("40");
        assertThatThrownBy(() -> new LightPins(LightPins.Wiring.THREE_LEDS, 17, 27, 17))
                .hasMessageContaining("differ");
    }

    private List<Boolean> pins() {
        return List.of(high(pi4j, GpioStatusLight.RED_ID), high(pi4j, GpioStatusLight.GREEN_ID));
    }
}
