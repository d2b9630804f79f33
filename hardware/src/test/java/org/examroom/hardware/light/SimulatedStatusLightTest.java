package org.examroom.hardware.light;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulatedStatusLightTest {

    @Test
    void showsWhatItIsToldAndGoesDarkOnClose() {
        SimulatedStatusLight light = new SimulatedStatusLight();
        assertThat(light.current()).isEqualTo(LightSignal.OFF);

        light.show(LightSignal.AMBER, true);
        assertThat(light.current()).isEqualTo(LightSignal.AMBER);
        assertThat(light.blinking()).isTrue();

        light.close();
        assertThat(light.current()).isEqualTo(LightSignal.OFF);
        assertThat(light.blinking()).isFalse();
    }
}
