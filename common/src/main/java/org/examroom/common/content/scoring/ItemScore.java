package org.examroom.common.content.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The points one item earned.
 *
 * @param maxScore the most the item can earn, when the item defines it
 * @param manual   whether a person has to mark it (essays): then {@code score} is zero until they do
 */
public record ItemScore(String itemId, BigDecimal score, Optional<BigDecimal> maxScore, boolean manual) {
}
