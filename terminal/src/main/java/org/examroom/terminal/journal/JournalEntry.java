package org.examroom.terminal.journal;

import jakarta.json.JsonObject;
import java.time.Instant;

/** One line of the journal. */
public sealed interface JournalEntry {

    /**
     * An answer to an item, numbered in the order it was given; the number is also the {@code seq} the controller
     * orders saves by.
     */
    record Answer(long seq, String item, JsonObject response, Instant at) implements JournalEntry {
    }

    /** The controller has committed every answer up to and including {@code seq} for {@code item}. */
    record Acknowledged(long seq, String item) implements JournalEntry {
    }

    /** The question the applicant was looking at, so a restart opens the same one. */
    record Position(String item) implements JournalEntry {
    }

    /** The applicant marked or unmarked a question to come back to. */
    record Flag(String item, boolean flagged) implements JournalEntry {
    }
}
