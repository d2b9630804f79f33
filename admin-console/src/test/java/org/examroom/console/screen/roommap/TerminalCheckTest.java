package org.examroom.console.screen.roommap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.examroom.common.i18n.Messages;
import org.examroom.console.ConsoleApp;
import org.examroom.console.client.StaffApi.LiveSeat;
import org.junit.jupiter.api.Test;

class TerminalCheckTest {

    static final Instant NOW = Instant.parse("2026-07-15T06:50:00Z");
    final Messages ru = ConsoleApp.messages(Locale.of("ru"));

    static LiveSeat seat(boolean online, long offset, List<String> notes) {
        return new LiveSeat("1-2", 1, 2, Optional.of("A-1.M"), Optional.of("KEY_ENTERED"), Optional.of("Иванова А."),
                Optional.of("V1"), OptionalLong.empty(), Optional.of("T-000001"), Optional.of(online),
                Optional.of(NOW.minusSeconds(40)), Optional.of("READY"), OptionalLong.of(offset), OptionalLong.empty(), 0,
                Optional.empty(), notes);
    }

    @Test
    void aTerminalThatAnswersWithTheRoomsTimeAndNothingToReportPasses() {
        TerminalCheck check = TerminalCheck.of(seat(true, 140, List.of()), NOW, ru);
        assertThat(check.ok()).isTrue();
        assertThat(check.text()).isEqualTo("1-2 · T-000001 · на связи, часы 140 мс, READY");
    }

    @Test
    void silenceAClockOffAndSetupNotesAreEachNamed() {
        TerminalCheck check = TerminalCheck.of(seat(false, -3500, List.of("SECOND_MONITOR")), NOW, ru);
        assertThat(check.ok()).isFalse();
        assertThat(check.text()).isEqualTo("1-2 · T-000001 · нет связи (40 с); часы расходятся на -3500 мс; подключён второй монитор");
        assertThat(TerminalCheck.of(seat(true, 2000, List.of()), NOW, ru).ok()).as("2 s is still within").isTrue();
    }
}
