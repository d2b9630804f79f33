package org.examroom.common.grading;

import java.math.BigDecimal;
import org.examroom.common.i18n.Explanation;

/** The result of one attempt as the register shows it. */
public sealed interface Grade {

    Explanation explanation();

    /**
     * Graded: {@code points} on the exam's scale (100 by default), from the raw {@code total} of
     * {@code maximum}; {@code passed} against the pass mark.
     */
    record Scored(int points, int scale, boolean passed, BigDecimal total, BigDecimal maximum, Explanation explanation)
            implements Grade {
    }

    /** Removed from the test with an act: the result is annulled, an unsatisfactory grade (TPU 4.15). */
    record Annulled(Explanation explanation) implements Grade {
    }

    /** A second attempt at a subject that happened anyway: not graded. */
    record NotGradable(Explanation explanation) implements Grade {
    }
}
