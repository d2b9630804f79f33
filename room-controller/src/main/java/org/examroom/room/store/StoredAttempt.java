package org.examroom.room.store;

import java.util.Optional;
import org.examroom.common.attempt.Attempt;

/**
 * An attempt as stored: the domain attempt rebuilt from its events, where it sits, which variant and
 * terminal it has, and the row version that guards concurrent changes.
 */
public record StoredAttempt(String id, Attempt attempt, Optional<String> roomId, Optional<String> seatLabel,
        Optional<String> variantId, Optional<String> terminalId, long version) {

    /** The attempt id for a registration. */
    public static String idOf(String applicantId, String examId) {
        return applicantId + "." + examId;
    }
}
