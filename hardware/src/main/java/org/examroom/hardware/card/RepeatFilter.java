package org.examroom.hardware.card;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Readers repeat a card for as long as it lies on them; the terminal wants one event per tap. A card
 * read again within the window of its last reading is the same tap.
 */
final class RepeatFilter {

    static final Duration DEFAULT_WINDOW = Duration.ofMillis(1500);

    private final long windowNanos;
    private final LongSupplier nanoTime;
    private CardId last;
    private long lastSeen;

    RepeatFilter(Duration window, LongSupplier nanoTime) {
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The card if it is a new tap. */
    synchronized Optional<CardId> tap(CardId card) {
        long now = nanoTime.getAsLong();
        boolean repeat = card.equals(last) && now - lastSeen < windowNanos;
        last = card;
        lastSeen = now;
        return repeat ? Optional.empty() : Optional.of(card);
    }
}
