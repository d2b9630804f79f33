package org.examroom.terminal.screen.richtext;

import java.util.Set;

/** A run inside a paragraph: text in some styles, a line break, a picture, or the place of an inline answer. */
public sealed interface Inline {

    /** How a run of text is set. */
    enum Style { BOLD, ITALIC, UNDERLINE, SUB, SUP, CODE }

    record Text(String text, Set<Style> styles) implements Inline {
        public Text {
            styles = Set.copyOf(styles);
        }

        public static Text plain(String text) {
            return new Text(text, Set.of());
        }
    }

    record Break() implements Inline {
    }

    /**
     * A picture: {@code source} as the item wrote it (a path among the item's media, or a {@code data:} URI), and the
     * words shown while it loads or when it cannot be shown.
     */
    record Image(String source, String alt) implements Inline {
    }

    /** Where a text entry or inline choice sits in the sentence; its control is below the question. */
    record Gap(String responseIdentifier) implements Inline {
    }
}
