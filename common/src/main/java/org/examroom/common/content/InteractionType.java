package org.examroom.common.content;

import java.util.Locale;

/** The kinds of interaction an item can hold; the terminal has a screen for each. */
public enum InteractionType {
    CHOICE, TEXT_ENTRY, EXTENDED_TEXT, INLINE_CHOICE, ORDER, MATCH, ASSOCIATE, GAP_MATCH, HOTTEXT, HOTSPOT,
    GRAPHIC_ORDER, GRAPHIC_ASSOCIATE, GRAPHIC_GAP_MATCH, SELECT_POINT, POSITION_OBJECT, SLIDER, NUMERIC_ENTRY;

    /** The QTI 2 element name, e.g. {@code choiceInteraction}. */
    public String qtiName() {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.append("Interaction").toString();
    }
}
