package org.examroom.common.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Points per area of an image for point responses (QTI {@code areaMapping}). */
public record AreaMapping(List<Area> areas, BigDecimal defaultValue, Optional<BigDecimal> lowerBound,
                          Optional<BigDecimal> upperBound) {

    public AreaMapping {
        areas = List.copyOf(areas);
    }

    /** A shape ({@code rect}, {@code circle}, {@code poly}, {@code ellipse}, {@code default}) and its points. */
    public record Area(String shape, List<Integer> coords, BigDecimal value) {
        public Area {
            coords = List.copyOf(coords);
        }
    }
}
