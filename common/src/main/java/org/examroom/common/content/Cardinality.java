package org.examroom.common.content;

import java.util.Locale;

/** How many values a response holds (QTI {@code cardinality}). */
public enum Cardinality {
    SINGLE, MULTIPLE, ORDERED, RECORD;

    /** The value of a QTI {@code cardinality} attribute, e.g. {@code multiple}. */
    public static Cardinality ofQti(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
