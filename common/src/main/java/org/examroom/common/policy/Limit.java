package org.examroom.common.policy;

import java.time.Duration;

/**
 * A time limit that either includes its bound ("up to 30 minutes": 30:00 is within) or excludes it
 * ("under one hour": 60:00 is not within). The regulations use both.
 */
public record Limit(Duration bound, boolean inclusive) {

    public Limit {
        if (bound.isNegative()) {
            throw new IllegalArgumentException("a limit must not be negative: " + bound);
        }
    }

    /** "Up to" the bound, the bound included. */
    public static Limit upTo(Duration bound) {
        return new Limit(bound, true);
    }

    /** "Under" the bound, the bound excluded. */
    public static Limit under(Duration bound) {
        return new Limit(bound, false);
    }

    public boolean admits(Duration value) {
        int c = value.compareTo(bound);
        return inclusive ? c <= 0 : c < 0;
    }
}
