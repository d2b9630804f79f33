package org.examroom.room.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the console shows about sync. Chunks are counted as pending (packed, never sent), sent (sent, not
 * yet acknowledged) and acknowledged; {@code changedAttempts} are changes not yet packed at the last look.
 *
 * @param lastProblem    why the last delivery failed, if it did: the office unreachable, or its refusal
 * @param removalsAtRisk removal acts not yet at the office whose deadline is near or past
 */
public record SyncStatus(boolean configured, String site, String publicKey, long pendingChunks, long sentChunks,
        long acknowledgedChunks, long unacknowledgedAttempts, long changedAttempts, Optional<Instant> lastAcknowledged,
        Optional<String> lastProblem, Optional<Instant> nextTry, List<RemovalAtRisk> removalsAtRisk) {

    /** A removal act not yet acknowledged, with its deadline. */
    public record RemovalAtRisk(String attemptId, Instant removedAt, Instant deadline) {
    }
}
