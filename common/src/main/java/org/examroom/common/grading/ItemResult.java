package org.examroom.common.grading;

import java.math.BigDecimal;

/**
 * One item's score as its response processing gave it, its maximum, and the item's weight in the test
 * (1 unless the test says otherwise).
 */
public record ItemResult(String itemId, BigDecimal score, BigDecimal maxScore, BigDecimal weight) {

    public ItemResult {
        if (maxScore.signum() < 0 || weight.signum() < 0) {
            throw new IllegalArgumentException("item " + itemId + ": max score and weight must not be negative");
        }
        if (score.compareTo(maxScore) > 0) {
            throw new IllegalArgumentException("item " + itemId + ": score " + score + " exceeds its maximum " + maxScore);
        }
    }

    public static ItemResult of(String itemId, double score, double maxScore) {
        return new ItemResult(itemId, BigDecimal.valueOf(score), BigDecimal.valueOf(maxScore), BigDecimal.ONE);
    }

    BigDecimal weightedScore() {
        return score.multiply(weight);
    }

    BigDecimal weightedMax() {
        return maxScore.multiply(weight);
    }
}
