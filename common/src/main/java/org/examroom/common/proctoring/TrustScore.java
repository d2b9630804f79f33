package org.examroom.common.proctoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A per-attempt score from 0 to 100 for the review list, in the spirit of ProctorEdu's credibility score: 100 minus,
 * for each kind of event the face checks report, its weight times the share of the attempt it lasted. It orders
 * attempts for a person to review; it decides nothing.
 *
 * @param value  0 (review first) to 100 (nothing seen)
 * @param shares per kind, the share of the attempt (0–1) covered by its events
 */
public record TrustScore(double value, Map<String, Double> shares) {

    public TrustScore {
        shares = Map.copyOf(shares);
    }

    /** One event as the terminal reported it: its kind ({@code FACE_ABSENT}, …), when it began, when it ended if it has. */
    public record Span(String kind, Instant start, Optional<Instant> end) {
    }

    /**
     * Weights per kind: a share of 1 (the whole attempt) costs {@code weight × 100} points; a kind without a weight
     * (a terminal's notes on its own setup) costs nothing. The default weighs a different person and other people
     * most, looking away least.
     */
    public record Weights(Map<String, Double> byKind) {
        public static final Weights DEFAULT = new Weights(Map.of(
                "DIFFERENT_PERSON", 3.0,
                "MULTIPLE_PEOPLE", 2.0,
                "FACE_ABSENT", 1.0,
                "FACE_COVERED", 1.0,
                "CAMERA_BLOCKED", 1.0,
                "LOOKING_AWAY", 0.5));

        public Weights {
            byKind = Map.copyOf(byKind);
        }

        double of(String kind) {
            return byKind.getOrDefault(kind, 0.0);
        }
    }

    /**
     * The score of an attempt.
     *
     * @param events  the events reported for it; an event reported at its start and again at its end counts once,
     *                and one still open counts until {@code now}
     * @param attempt how long the attempt has run
     */
    public static TrustScore of(Collection<Span> events, Duration attempt, Weights weights, Instant now) {
        if (attempt.isNegative() || attempt.isZero()) {
            return new TrustScore(100, Map.of());
        }
        // The latest report of each event (kind + start) wins: the ended one over the started one.
        Map<String, Span> latest = new LinkedHashMap<>();
        for (Span e : events) {
            latest.merge(e.kind() + "@" + e.start(), e, (a, b) -> b.end().isPresent() ? b : a);
        }
        Map<String, List<Span>> byKind = new TreeMap<>();
        for (Span e : latest.values()) {
            if (weights.byKind().containsKey(e.kind())) {
                byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Double> shares = new TreeMap<>();
        double penalty = 0;
        for (var entry : byKind.entrySet()) {
            double share = Math.min(1.0, covered(entry.getValue(), now).toMillis() / (double) attempt.toMillis());
            shares.put(entry.getKey(), share);
            penalty += weights.of(entry.getKey()) * share;
        }
        return new TrustScore(Math.max(0, 100 * (1 - penalty)), shares);
    }

    /** The time covered by events that may overlap (a looking-away inside a covered face, say). */
    private static Duration covered(List<Span> events, Instant now) {
        List<Span> sorted = events.stream().sorted(Comparator.comparing(Span::start)).toList();
        Duration total = Duration.ZERO;
        Instant reached = Instant.MIN;
        for (Span e : sorted) {
            Instant start = e.start().isAfter(reached) ? e.start() : reached;
            Instant end = e.end().orElse(now);
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
                reached = end;
            }
        }
        return total;
    }
}
