package org.examroom.terminal.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupervisorCodeTest {

    @Test
    void onlyTheConfiguredCodeLeavesTheKiosk() {
        SupervisorCode code = new SupervisorCode(SupervisorCode.hash("7391-55").toUpperCase());
        assertThat(code.matches("7391-55")).isTrue();
        assertThat(code.matches(" 7391-55 ")).isTrue();
        assertThat(code.matches("7391-56")).isFalse();
        assertThat(new SupervisorCode("").matches("")).as("no code configured: no way out").isFalse();
    }
}
