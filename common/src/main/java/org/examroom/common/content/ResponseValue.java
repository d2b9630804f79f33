package org.examroom.common.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an applicant answered to one interaction. The shape follows the interaction: a chosen identifier, a set of
 * them, an order, a set of pairs (matching, gaps, associations), a text or a number.
 */
public sealed interface ResponseValue {

    /** Nothing was answered. */
    record Empty() implements ResponseValue {
    }

    /** One chosen option (single choice, inline choice, true/false). */
    record Identifier(String id) implements ResponseValue {
        public Identifier {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Several chosen options, order irrelevant (multiple choice). */
    record IdentifierSet(Set<String> ids) implements ResponseValue {
        public IdentifierSet {
            ids = Set.copyOf(ids);
        }
    }

    /** Options in the order the applicant put them (ordering). */
    record OrderedIdentifiers(List<String> ids) implements ResponseValue {
        public OrderedIdentifiers {
            ids = List.copyOf(ids);
        }
    }

    /** Pairs the applicant made: source to target for matching and gaps, either way round for associations. */
    record PairSet(Set<Pair> pairs) implements ResponseValue {
        public PairSet {
            pairs = Set.copyOf(pairs);
        }
    }

    /** Typed text (text entry, essay, short answer). */
    record Text(String text) implements ResponseValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A number (numerical answers, sliders). */
    record Number(BigDecimal value) implements ResponseValue {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A point on an image, in pixels from its top left corner. */
    record Point(int x, int y) implements ResponseValue {
    }

    /** Two identifiers joined by the applicant. */
    record Pair(String first, String second) {
        public Pair {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }
}
