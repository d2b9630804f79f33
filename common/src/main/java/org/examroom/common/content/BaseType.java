package org.examroom.common.content;

import java.util.Locale;

/** The type of each value in a response or outcome (QTI {@code baseType}). */
public enum BaseType {
    IDENTIFIER, BOOLEAN, INTEGER, FLOAT, STRING, POINT, PAIR, DIRECTED_PAIR, DURATION, FILE, URI;

    /** The value of a QTI {@code baseType} attribute, e.g. {@code directedPair}. */
    public static BaseType ofQti(String name) {
        return switch (name.trim()) {
            case "directedPair" -> DIRECTED_PAIR;
            default -> valueOf(name.trim().toUpperCase(Locale.ROOT));
        };
    }

    public boolean isNumeric() {
        return this == INTEGER || this == FLOAT;
    }
}
