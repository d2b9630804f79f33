package org.examroom.common.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.i18n.Explanation;

/**
 * Turns item results into the grade on the register. The raw total (weighted item scores) is scaled
 * to the exam's maximum, 100 points by default (TPU 5.1–5.3; SFU 1.4), and rounded half up to whole
 * points — a raw 86.5 of 100 is 87 — then compared with the pass mark (at least the pass mark passes).
 */
public final class TestGrader {

    private final int scale;
    private final int passMark;

    public TestGrader(int scale, int passMark) {
        if (scale < 1 || passMark < 0 || passMark > scale) {
            throw new IllegalArgumentException("pass mark " + passMark + " must lie in 0.." + scale);
        }
        this.scale = scale;
        this.passMark = passMark;
    }

    /** The grade of an attempt that ended in {@code state}, gradable or not by the attempt-limit policy. */
    public Grade grade(AttemptState state, boolean gradable, Collection<ItemResult> items) {
        if (state == AttemptState.REMOVED) {
            return new Grade.Annulled(Explanation.of("grade.annulled"));
        }
        if (!gradable) {
            return new Grade.NotGradable(Explanation.of("grade.notGradable"));
        }
        return score(items);
    }

    /** The scaled score of the items. A test whose items carry no points scores zero. */
    public Grade.Scored score(Collection<ItemResult> items) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal maximum = BigDecimal.ZERO;
        for (ItemResult item : items) {
            total = total.add(item.weightedScore());
            maximum = maximum.add(item.weightedMax());
        }
        int points = maximum.signum() == 0 ? 0 : total.max(BigDecimal.ZERO)
                .multiply(BigDecimal.valueOf(scale))
                .divide(maximum, 0, RoundingMode.HALF_UP)
                .intValueExact();
        boolean passed = points >= passMark;
        return new Grade.Scored(points, scale, passed, total, maximum,
                Explanation.of(passed ? "grade.passed" : "grade.failed", points, scale, passMark));
    }
}
