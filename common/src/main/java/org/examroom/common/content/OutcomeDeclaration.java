package org.examroom.common.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A variable that response processing sets (QTI {@code outcomeDeclaration}), e.g. {@code SCORE}. */
public record OutcomeDeclaration(String identifier, Cardinality cardinality, BaseType baseType,
                                 List<String> defaultValues, Optional<BigDecimal> normalMaximum) {

    public OutcomeDeclaration {
        defaultValues = List.copyOf(defaultValues);
    }
}
