package org.examroom.terminal.session;

import java.util.Optional;

/**
 * What the screens show of the connection and the clock.
 *
 * @param remainingSeconds the controller's remaining time, counted on locally between heartbeats and offline;
 *                         empty until the controller has told it once
 * @param state            the attempt's state as the controller last said
 */
public record SessionState(boolean online, Optional<Long> remainingSeconds, boolean paused, int pendingAnswers,
                           String state) {
}
