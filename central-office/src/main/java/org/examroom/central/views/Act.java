package org.examroom.central.views;

import java.time.Instant;

/**
 * A removal act or a technical-failure act as the room recorded it; {@code details} is the event's own
 * JSON (act number, rule and reason for a removal; a description for a failure).
 */
public record Act(Kind kind, String site, String attemptId, String examId, String applicantId, String applicantName,
        Instant at, String actor, String details) {

    public enum Kind { REMOVAL, TECHNICAL_FAILURE }
}
