package org.examroom.room.push;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.timekeeping.AttemptClock;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.StoredAttempt;

/**
 * Each started attempt's clock, derived from its history whenever the attempt changes, so the
 * heartbeat can say how much time is left and the timer can see who has run out, without a query.
 */
public final class AttemptClocks {

    private static final Set<AttemptState> RUNNING = Set.of(AttemptState.IN_PROGRESS, AttemptState.PAUSED);

    private final Map<String, AttemptClock> clocks = new ConcurrentHashMap<>();

    /** Takes the attempt's state after a change; forgets attempts that are no longer running. */
    public void update(StoredAttempt attempt, ExamRecord exam, Duration grantedExtraTime) {
        if (RUNNING.contains(attempt.attempt().state())) {
            clocks.put(attempt.id(), AttemptClock.of(exam.exam(), attempt.attempt(), grantedExtraTime));
        } else {
            clocks.remove(attempt.id());
        }
    }

    public Optional<AttemptClock> clock(String attemptId) {
        return Optional.ofNullable(clocks.get(attemptId));
    }

    /** Attempts whose time has run out at {@code now}. */
    public Set<String> overAt(Instant now) {
        Set<String> over = new java.util.HashSet<>();
        clocks.forEach((id, clock) -> {
            if (clock.isOverAt(now) && !clock.pausedAt(now)) {
                over.add(id);
            }
        });
        return over;
    }
}
