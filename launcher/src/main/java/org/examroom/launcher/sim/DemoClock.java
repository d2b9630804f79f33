package org.examroom.launcher.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for the demo: it stands still while the demo sets a scene up, jumps to a moment of the exam day,
 * and runs {@code speed} times faster than real time while the exam is written.
 */
public final class DemoClock extends Clock {

    private final int speed;
    private Instant anchor;
    private long anchorNanos;
    private boolean running;

    public DemoClock(Instant start, int speed) {
        this.anchor = start;
        this.speed = speed;
    }

    @Override
    public synchronized Instant instant() {
        if (!running) {
            return anchor;
        }
        return anchor.plusNanos((System.nanoTime() - anchorNanos) * speed);
    }

    /** Stops the clock where it is. */
    public synchronized void stop() {
        anchor = instant();
        running = false;
    }

    /** Runs the clock on from where it is, {@code speed} times real time. */
    public synchronized void run() {
        anchor = instant();
        anchorNanos = System.nanoTime();
        running = true;
    }

    /** Sets the time (stopped or running). */
    public synchronized void set(Instant to) {
        anchor = to;
        anchorNanos = System.nanoTime();
    }

    /** Real time that passes while the clock moves {@code examTime}. */
    public Duration realTimeFor(Duration examTime) {
        return examTime.dividedBy(speed);
    }

    public int speed() {
        return speed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
