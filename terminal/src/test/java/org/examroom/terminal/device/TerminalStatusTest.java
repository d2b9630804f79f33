package org.examroom.terminal.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.examroom.hardware.light.LightPattern;
import org.examroom.hardware.light.LightSignal;
import org.examroom.hardware.light.LightState;
import org.junit.jupiter.api.Test;

class TerminalStatusTest {

    @Test
    void greenIsWellAmberIsAttentionRedIsTheSupervisor() {
        assertThat(TerminalStatus.UNPAIRED.light()).isEqualTo(LightState.OFF);
        assertThat(TerminalStatus.READY.light()).isEqualTo(LightState.blinking(LightSignal.GREEN, LightPattern.SLOW_BLINK));
        assertThat(TerminalStatus.WRITING.light()).isEqualTo(LightState.steady(LightSignal.GREEN));
        assertThat(TerminalStatus.PAUSED.light()).isEqualTo(LightState.steady(LightSignal.AMBER));
        assertThat(TerminalStatus.OFFLINE.light()).isEqualTo(LightState.blinking(LightSignal.AMBER, LightPattern.SLOW_BLINK));
        assertThat(TerminalStatus.HELP_REQUESTED.light()).isEqualTo(LightState.blinking(LightSignal.AMBER, LightPattern.FAST_BLINK));
        assertThat(TerminalStatus.FLAGGED.light()).isEqualTo(LightState.blinking(LightSignal.RED, LightPattern.FAST_BLINK));
        assertThat(TerminalStatus.REMOVED.light()).isEqualTo(LightState.steady(LightSignal.RED));
        assertThat(TerminalStatus.FINISHED.light()).isEqualTo(LightState.OFF);
    }

    @Test
    void noTwoStatusesOfAnApplicantLookAlike() {
        assertThat(java.util.Arrays.stream(TerminalStatus.values())
                .filter(status -> status != TerminalStatus.UNPAIRED && status != TerminalStatus.FINISHED)
                .map(TerminalStatus::light))
                .doesNotHaveDuplicates();
    }
}
