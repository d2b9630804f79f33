package org.examroom.common.exam;

import java.time.Duration;

/**
 * What an applicant with disabilities (ОВЗ) is granted: extra time (up to +90 min, checked by the
 * exam's policy), large print, a separate room, an assistant.
 */
public record Accommodations(Duration extraTime, boolean largePrint, boolean separateRoom, boolean assistant) {

    /** No accommodations. */
    public static final Accommodations NONE = new Accommodations(Duration.ZERO, false, false, false);

    public Accommodations {
        if (extraTime.isNegative()) {
            throw new IllegalArgumentException("extra time must not be negative: " + extraTime);
        }
    }

    public boolean any() {
        return !extraTime.isZero() || largePrint || separateRoom || assistant;
    }
}
