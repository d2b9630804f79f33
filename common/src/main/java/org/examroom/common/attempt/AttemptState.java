package org.examroom.common.attempt;

/** Where an attempt stands. The last four are final. */
public enum AttemptState {
    REGISTERED,
    /** Identity checked against the passport and let into the room. */
    ADMITTED,
    /** Access key handed out against signature. */
    KEY_ISSUED,
    KEY_ENTERED,
    /** Rules of the exam and consent to personal-data processing both accepted. */
    RULES_ACCEPTED,
    PHOTOS_TAKEN,
    /** Writing; the personal clock runs. The only state in which answers change. */
    IN_PROGRESS,
    /** Stopped by the supervisor; the clock does not run. */
    PAUSED,
    SUBMITTED,
    /** Removed for a violation, with an act; the result is annulled. */
    REMOVED,
    /** Power, computer, software or network failure; the applicant moves to a reserve day. */
    TECHNICAL_FAILURE,
    ABSENT;

    /** Whether nothing more can happen to the attempt. */
    public boolean isFinal() {
        return this == SUBMITTED || this == REMOVED || this == TECHNICAL_FAILURE || this == ABSENT;
    }

    /** Whether the applicant is in the room and their attempt is under way (admitted, not yet final). */
    public boolean isUnderWay() {
        return !isFinal() && this != REGISTERED;
    }
}
