package org.examroom.central.views;

/** How an attempt counts in the office's registers, from the room's attempt state. */
public enum Attendance {
    /** Registered, never came in (yet). */
    EXPECTED,
    /** Came in and sat (including those still at work when the chunk was made). */
    SAT,
    /** Marked absent. */
    ABSENT,
    /** Removed for breaking the rules, with an act. */
    REMOVED,
    /** A technical failure: sent to a reserve day, so the attempt does not count against the one-attempt rule. */
    RESERVE_DAY;

    /** The category of a room attempt state (the names of {@code org.examroom.common.attempt.AttemptState}). */
    public static Attendance of(String state) {
        return switch (state) {
            case "REGISTERED" -> EXPECTED;
            case "ABSENT" -> ABSENT;
            case "REMOVED" -> REMOVED;
            case "TECHNICAL_FAILURE" -> RESERVE_DAY;
            default -> SAT;
        };
    }
}
