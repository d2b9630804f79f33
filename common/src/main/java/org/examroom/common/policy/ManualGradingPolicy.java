package org.examroom.common.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.examroom.common.i18n.Explanation;

/**
 * Open answers (essays) are marked by members of the committee who see only the work's cipher (SPbGUPTD
 * 4.21–4.23): by {@code gradersPerWork} of them (1 or 2). When two marks differ by more than
 * {@code tolerancePercent} of the item's maximum, a third grader decides; otherwise the final score is the
 * mean of the two. A grader may change their own mark until the works are decoded.
 */
public record ManualGradingPolicy(int gradersPerWork, BigDecimal tolerancePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** One grader per work, a 20% tolerance should a second one be asked for. */
    public static final ManualGradingPolicy ONE_GRADER = new ManualGradingPolicy(1, BigDecimal.valueOf(20));

    public ManualGradingPolicy {
        if (gradersPerWork < 1 || gradersPerWork > 2) {
            throw new IllegalArgumentException("a work is marked by 1 or 2 graders, not " + gradersPerWork);
        }
        if (tolerancePercent.signum() < 0 || tolerancePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("the tolerance between two marks is 0..100% of the maximum, not " + tolerancePercent);
        }
    }

    /** A copy that asks for {@code graders} marks per item. */
    public ManualGradingPolicy withGraders(int graders) {
        return new ManualGradingPolicy(graders, tolerancePercent);
    }

    /** One grader's mark, in the order the marks were first given. */
    public record Mark(String graderId, BigDecimal score) {
    }

    /** Where an item's marking stands. */
    public sealed interface Marking {

        /** Fewer marks than the policy asks for. */
        record NeedsMarks(int missing) implements Marking {
        }

        /** Two marks too far apart: a third grader decides. */
        record Discrepancy(BigDecimal first, BigDecimal second, BigDecimal tolerance) implements Marking {
        }

        /** The score that goes into the result. */
        record Final(BigDecimal score) implements Marking {
        }
    }

    /** The largest difference between two marks that still agree, for an item worth {@code maxScore}. */
    public BigDecimal tolerance(BigDecimal maxScore) {
        return maxScore.multiply(tolerancePercent).divide(HUNDRED, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The state of an item marked with {@code marks} (first given first) and worth {@code maxScore}. */
    public Marking marking(List<Mark> marks, BigDecimal maxScore) {
        if (marks.size() < gradersPerWork) {
            return new Marking.NeedsMarks(gradersPerWork - marks.size());
        }
        BigDecimal first = marks.get(0).score();
        if (gradersPerWork == 1) {
            return new Marking.Final(first);
        }
        BigDecimal second = marks.get(1).score();
        BigDecimal allowed = tolerance(maxScore);
        if (first.subtract(second).abs().compareTo(allowed) <= 0) {
            return new Marking.Final(first.add(second).divide(TWO).stripTrailingZeros());
        }
        if (marks.size() > 2) {
            return new Marking.Final(marks.get(2).score());
        }
        return new Marking.Discrepancy(first, second, allowed);
    }

    /** Whether a grader may put (or change) a mark. */
    public sealed interface MarkDecision {

        record Allowed() implements MarkDecision {
        }

        record Refused(Explanation explanation) implements MarkDecision {
        }
    }

    /**
     * Decides for {@code graderId}, a committee member or not (the chair deciding a discrepancy need not be one),
     * on an item already marked with {@code marks}: a grader changes their own mark; a new grader is taken while
     * marks are missing (committee members only), or as the third grader of a discrepancy.
     */
    public MarkDecision mayMark(List<Mark> marks, BigDecimal maxScore, String graderId, boolean committeeMember) {
        if (marks.stream().anyMatch(m -> m.graderId().equals(graderId))) {
            return new MarkDecision.Allowed();
        }
        return switch (marking(marks, maxScore)) {
            case Marking.NeedsMarks n -> committeeMember ? new MarkDecision.Allowed()
                    : new MarkDecision.Refused(Explanation.of("grading.committeeOnly"));
            case Marking.Discrepancy d -> new MarkDecision.Allowed();
            case Marking.Final f -> new MarkDecision.Refused(Explanation.of("grading.enoughMarks", marks.size()));
        };
    }
}
