package org.examroom.central.intake;

/** What became of one chunk. */
public sealed interface IntakeOutcome {

    String site();

    long no();

    /** Stored: its attempts and audit entries are now part of the office's record. */
    record Accepted(String site, long no, int attempts, int auditEntries) implements IntakeOutcome {
    }

    /** Already stored with exactly this body; nothing changed. */
    record Duplicate(String site, long no) implements IntakeOutcome {
    }

    /** Not stored; kept for inspection under {@code id}. */
    record Refused(String site, long no, Refusal reason, String detail, String id) implements IntakeOutcome {
    }
}
