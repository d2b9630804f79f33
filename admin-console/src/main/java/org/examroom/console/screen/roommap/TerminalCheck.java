package org.examroom.console.screen.roommap;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.examroom.common.i18n.Messages;
import org.examroom.console.client.StaffApi.LiveSeat;

/**
 * The pre-exam check of one terminal: it answers, its clock is within {@link #CLOCK_TOLERANCE} of the room's, and
 * it reported nothing about its setup (a second monitor, face checks unavailable). {@code ok} is false with the
 * reasons in {@code text} otherwise.
 */
public record TerminalCheck(String seat, String terminalId, boolean ok, String text) {

    /** Beyond this the terminal's countdown and the room's disagree enough for an applicant to notice. */
    static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(2);

    static TerminalCheck of(LiveSeat seat, Instant now, Messages messages) {
        List<String> problems = new ArrayList<>();
        boolean online = seat.online().orElse(false);
        if (!online) {
            problems.add(messages.get("check.offline", seat.lastSeen()
                    .map(t -> Long.toString(Math.max(0, Duration.between(t, now).toSeconds()))).orElse("—")));
        }
        if (seat.clockOffsetMs().isPresent() && Math.abs(seat.clockOffsetMs().getAsLong()) > CLOCK_TOLERANCE.toMillis()) {
            problems.add(messages.get("check.clock", Long.toString(seat.clockOffsetMs().getAsLong())));
        }
        seat.setupNotes().forEach(note -> problems.add(messages.bundle().containsKey("check." + note)
                ? messages.get("check." + note) : note));
        String terminal = seat.terminalId().orElse("");
        String text = seat.seat() + " · " + terminal + " · " + (problems.isEmpty()
                ? messages.get("check.ok", seat.clockOffsetMs().isPresent() ? Long.toString(seat.clockOffsetMs().getAsLong()) : "—",
                        seat.status().orElse("—"))
                : String.join("; ", problems));
        return new TerminalCheck(seat.seat(), terminal, problems.isEmpty(), text);
    }
}
