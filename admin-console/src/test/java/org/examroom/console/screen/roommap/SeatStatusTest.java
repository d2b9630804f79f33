package org.examroom.console.screen.roommap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.examroom.console.client.StaffApi.LiveSeat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeatStatusTest {

    static LiveSeat seat(String state, boolean online, boolean help, int flags) {
        return new LiveSeat("1-1", 1, 1, state.isEmpty() ? Optional.empty() : Optional.of("A-1.M"),
                state.isEmpty() ? Optional.empty() : Optional.of(state), Optional.of("Иванова А."), Optional.of("V1"),
                OptionalLong.of(600), Optional.of("T-1"), Optional.of(online), Optional.of(Instant.EPOCH), Optional.of("ok"),
                OptionalLong.of(0), help ? OptionalLong.of(7) : OptionalLong.empty(), flags,
                flags > 0 ? Optional.of("FACE_ABSENT") : Optional.empty(), List.of());
    }

    @ParameterizedTest(name = "{0} online={1} help={2} flags={3} -> {4}")
    @CsvSource({
        "'',                true,  false, 0, EMPTY",
        "REGISTERED,        false, false, 0, WAITING",
        "KEY_ISSUED,        false, false, 0, WAITING",
        "KEY_ENTERED,       true,  false, 0, KEY_ENTERED",
        "RULES_ACCEPTED,    false, false, 0, OFFLINE",
        "RULES_ACCEPTED,    true,  false, 0, PHOTOS",
        "PHOTOS_TAKEN,      true,  false, 0, PHOTOS",
        "IN_PROGRESS,       true,  false, 0, WRITING",
        "PAUSED,            true,  false, 0, PAUSED",
        "IN_PROGRESS,       true,  true,  2, HELP_REQUESTED",
        "IN_PROGRESS,       false, false, 2, FLAGGED",
        "KEY_ENTERED,       true,  false, 2, KEY_ENTERED",
        "IN_PROGRESS,       false, false, 0, OFFLINE",
        "KEY_ISSUED,        false, true,  0, HELP_REQUESTED",
        "SUBMITTED,         false, true,  3, FINISHED",
        "REMOVED,           false, false, 3, REMOVED",
        "TECHNICAL_FAILURE, false, false, 0, TECHNICAL_FAILURE",
        "ABSENT,            false, false, 0, ABSENT",
    })
    void statusOfASeat(String state, boolean online, boolean help, int flags, SeatStatus expected) {
        assertThat(SeatStatus.of(seat(state, online, help, flags))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aTerminalNotYetHeardBeforeTheTestIsNotOffline() {
        LiveSeat silent = seat("KEY_ENTERED", false, false, 0);
        LiveSeat neverHeard = new LiveSeat(silent.seat(), 1, 1, silent.attemptId(), silent.state(), silent.applicant(),
                silent.variantId(), silent.remainingSeconds(), silent.terminalId(), Optional.of(false), Optional.empty(),
                Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), 0, Optional.empty(), List.of());
        assertThat(SeatStatus.of(neverHeard)).isEqualTo(SeatStatus.KEY_ENTERED);
        assertThat(SeatStatus.of(silent)).as("heard once, then silent").isEqualTo(SeatStatus.OFFLINE);
    }

    @ParameterizedTest
    @CsvSource({"HELP_REQUESTED, true", "FLAGGED, true", "OFFLINE, true", "WRITING, false", "PAUSED, false"})
    void whatCallsTheSupervisorOver(SeatStatus status, boolean attention) {
        assertThat(status.needsAttention()).isEqualTo(attention);
        assertThat(status.styleClass()).startsWith("seat-").doesNotContain("_");
    }
}
