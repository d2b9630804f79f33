package org.examroom.common.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Points per response value (QTI {@code mapping}): each distinct value that matches an entry earns its points,
 * others earn {@code defaultValue}; the sum is clamped to the bounds.
 */
public record Mapping(List<Entry> entries, BigDecimal defaultValue, Optional<BigDecimal> lowerBound,
                      Optional<BigDecimal> upperBound) {

    public Mapping {
        entries = List.copyOf(entries);
    }

    /** A value and its points; for text, whether the comparison respects case. */
    public record Entry(String key, BigDecimal value, boolean caseSensitive) {
    }
}
