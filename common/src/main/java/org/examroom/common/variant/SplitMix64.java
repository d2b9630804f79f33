package org.examroom.common.variant;

/**
 * The SplitMix64 generator (Steele, Lea, Flood 2014), written out here so that a variant never depends on a JDK's
 * choice of random algorithm: the same seed gives the same numbers everywhere, forever.
 */
final class SplitMix64 {

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform integer in [0, bound), without modulo bias (draws above the last whole multiple are redrawn). */
    int nextInt(int bound) {
        long threshold = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        while (true) {
            long r = nextLong() >>> 1;
            if (r < threshold) {
                return (int) (r % bound);
            }
        }
    }
}
