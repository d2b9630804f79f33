package org.examroom.hardware.button;

import java.time.Duration;

/**
 * Turns the edges of a bouncing contact into presses. A press counts only when the contact had been
 * released for at least the debounce time before it closed: the chatter of a closing contact and
 * the chatter of an opening one (even after a long hold) both fall inside that window.
 */
public final class Debouncer {

    private final long debounceNanos;
    private boolean pressed;
    private long releasedAt;
    private boolean everReleased;

    public Debouncer(Duration debounce) {
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative: " + debounce);
        }
        this.debounceNanos = debounce.toNanos();
    }

    /**
     * Takes the contact's level at a moment (monotonic nanoseconds) and says whether this is a new press.
     */
    public synchronized boolean accept(boolean closed, long nanos) {
        boolean press = false;
        if (closed && !pressed) {
            press = !everReleased || nanos - releasedAt >= debounceNanos;
        } else if (!closed && pressed) {
            releasedAt = nanos;
            everReleased = true;
        }
        pressed = closed;
        return press;
    }
}
