package org.examroom.console.screen.roommap;

import java.util.Optional;

/**
 * One seat as the room map draws it: its place in the grid, the applicant's short name, the status and the words
 * under it (time left, last heartbeat).
 *
 * @param state the attempt's state as the controller names it ({@code IN_PROGRESS}, …), empty for an empty seat
 * @param remaining time left, as {@code 1:05:09}, when the applicant's clock runs or is paused
 * @param heartbeat when the terminal was last heard, as a clock time, when it has a terminal
 */
public record SeatTile(String seat, int row, int column, Optional<String> attemptId, String applicant,
                       String state, SeatStatus status, String statusText, String remaining, String heartbeat, int flags,
                       Optional<Long> helpRequest) {
}
