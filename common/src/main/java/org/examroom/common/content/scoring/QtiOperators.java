package org.examroom.common.content.scoring;

import java.util.Set;

/** The QTI expression operators the scorer evaluates; importers refuse items that use any other. */
public final class QtiOperators {

    public static final Set<String> SUPPORTED = Set.of(
            "baseValue", "variable", "correct", "default", "null", "mapResponse", "mapResponsePoint", "isNull",
            "match", "and", "or", "not", "equal", "lt", "gt", "lte", "gte", "sum", "product", "subtract", "divide",
            "integerDivide", "power", "round", "truncate", "max", "min", "member", "contains", "multiple", "ordered",
            "containerSize", "delete", "index", "stringMatch", "patternMatch", "substring", "inside", "anyN");

    private QtiOperators() {
    }
}
