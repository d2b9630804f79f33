package org.examroom.common.attempt;

import java.time.Instant;

/** An event as it entered the record: what, when, by whom, and the state it led to. */
public record RecordedEvent(AttemptEvent event, Instant at, Actor actor, AttemptState from, AttemptState to) {
}
