package org.examroom.common.content;

import java.util.List;
import java.util.Map;

/**
 * One node of a QTI expression: an operator such as {@code match}, {@code sum} or {@code variable}, its attributes,
 * its operands and, for {@code baseValue}, its text. Importers accept only operators the scorer evaluates.
 */
public record Expression(String operator, Map<String, String> attributes, List<Expression> operands, String text) {

    public Expression {
        attributes = Map.copyOf(attributes);
        operands = List.copyOf(operands);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
