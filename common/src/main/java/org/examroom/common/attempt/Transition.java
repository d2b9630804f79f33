package org.examroom.common.attempt;

import org.examroom.common.i18n.Explanation;

/** The outcome of applying an event to an attempt. */
public sealed interface Transition {

    /** The event was legal; {@code attempt} is the attempt after it. */
    record Accepted(Attempt attempt, RecordedEvent recorded) implements Transition {
    }

    /** The event was refused; the attempt is unchanged. */
    record Refused(Attempt attempt, AttemptEvent event, Explanation reason) implements Transition {
    }
}
