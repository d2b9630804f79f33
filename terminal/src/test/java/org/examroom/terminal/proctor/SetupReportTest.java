package org.examroom.terminal.proctor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SetupReportTest {

    @Test
    void aSecondMonitorAndMissingFaceChecksAreReported() {
        assertThat(SetupReport.kinds(1, true)).isEmpty();
        assertThat(SetupReport.kinds(2, true)).containsExactly("SECOND_MONITOR");
        assertThat(SetupReport.kinds(1, false)).containsExactly("FACE_CHECKS_UNAVAILABLE");
    }
}
