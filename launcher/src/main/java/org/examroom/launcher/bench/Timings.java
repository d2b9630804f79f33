package org.examroom.launcher.bench;

import java.util.Arrays;
import java.util.Locale;

/** Durations of repeated runs, summarised as a benchmark line. */
public final class Timings {

    private final long[] nanos;
    private int count;

    public Timings(int capacity) {
        this.nanos = new long[capacity];
    }

    /** Records one run's duration. */
    public void add(long durationNanos) {
        nanos[count++] = durationNanos;
    }

    /** The duration below which the given share of runs fall, in milliseconds (nearest rank). */
    public double percentileMillis(double share) {
        if (count == 0) {
            throw new IllegalStateException("no runs recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(share * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** Mean duration in milliseconds. */
    public double meanMillis() {
        return Arrays.stream(nanos, 0, count).average().orElseThrow() / 1e6;
    }

    /** {@code name: n=…, mean=… ms, p50=… ms, p99=… ms, max=… ms}. */
    public String summary(String name) {
        return String.format(Locale.ROOT, "%s: n=%d, mean=%.3f ms, p50=%.3f ms, p99=%.3f ms, max=%.3f ms",
                name, count, meanMillis(), percentileMillis(0.50), percentileMillis(0.99), percentileMillis(1.0));
    }
}
