package org.examroom.common.attempt;

import java.time.Duration;
import org.examroom.common.exam.IdentityDocument;

/** Everything that can happen to an attempt. Which event is legal in which state is {@link AttemptLifecycle}'s. */
public sealed interface AttemptEvent {

    /** Identity checked against {@code document}; {@code lateness} and whether the time is shortened come from the late-arrival policy. */
    record Admitted(IdentityDocument document, java.time.Duration lateness, boolean timeShortened) implements AttemptEvent {
    }

    /** An access key handed out (again, on re-issue, with the reason). */
    record KeyIssued(String keyNumber, String reissueReason) implements AttemptEvent {
    }

    record KeyEntered() implements AttemptEvent {
    }

    /** Both tick boxes: the rules of the exam, and consent to personal-data processing (152-FZ). */
    record RulesAccepted(boolean rules, boolean personalDataConsent) implements AttemptEvent {
    }

    record PhotosTaken(int count) implements AttemptEvent {
    }

    /** The test page opened: the personal clock starts (SFU 3.6). */
    record TestStarted() implements AttemptEvent {
    }

    record Paused(String reason) implements AttemptEvent {
    }

    record Resumed() implements AttemptEvent {
    }

    /** More time, with the reason (accommodation, technical interruption…). */
    record TimeExtended(Duration extra, String reason) implements AttemptEvent {
    }

    /** An escorted exit from the room; the clock keeps running. */
    record LeftRoom() implements AttemptEvent {
    }

    record ReturnedToRoom() implements AttemptEvent {
    }

    /** Finished: by the applicant's confirmed choice, or by the timer when time ran out. */
    record Submitted(boolean timeRanOut) implements AttemptEvent {
    }

    /** Removed for a violation; {@code actNumber} names the act, {@code rule} what was broken. */
    record Removed(String actNumber, String rule, String reason) implements AttemptEvent {
    }

    record TechnicalFailure(String description) implements AttemptEvent {
    }

    record MarkedAbsent() implements AttemptEvent {
    }
}
