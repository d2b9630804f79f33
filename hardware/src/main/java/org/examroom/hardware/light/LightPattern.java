package org.examroom.hardware.light;

import java.time.Duration;

/**
 * How a signal is shown over time. The periods are slow enough to see across a room and tell apart:
 * a slow blink is "waiting", a fast blink is "act now".
 */
public enum LightPattern {
    /** Lit all the time. */
    STEADY(Duration.ZERO, Duration.ZERO),
    /** One second on, one second off. */
    SLOW_BLINK(Duration.ofMillis(1000), Duration.ofMillis(1000)),
    /** Four flashes a second. */
    FAST_BLINK(Duration.ofMillis(125), Duration.ofMillis(125));

    private final Duration on;
    private final Duration off;

    LightPattern(Duration on, Duration off) {
        this.on = on;
        this.off = off;
    }

    /** How long the light stays lit in each cycle (zero for steady). */
    public Duration on() {
        return on;
    }

    /** How long the light stays dark in each cycle (zero for steady). */
    public Duration off() {
        return off;
    }

    /** Whether the light changes over time. */
    public boolean blinks() {
        return this != STEADY;
    }

    /** Whether the light is lit at the given time after the pattern started. */
    public boolean litAt(Duration sinceStart) {
        if (!blinks()) {
            return true;
        }
        long period = on.toNanos() + off.toNanos();
        return Math.floorMod(sinceStart.toNanos(), period) < on.toNanos();
    }
}
