package org.examroom.common.policy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.examroom.common.attempt.AttemptLifecycle;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.i18n.Explanation;

/**
 * An applicant sits a subject once: a second attempt in another stream is refused, and one that
 * happens anyway is not graded (SPbGUPTD 1.10.2; SFU 3.14; TOGU 7). An attempt counts once the
 * applicant was admitted; an absence, or a technical failure that moved them to a reserve day, does not.
 */
public record AttemptLimitPolicy(int attemptsPerSubject) {

    public static final AttemptLimitPolicy ONCE = new AttemptLimitPolicy(1);

    private static final Set<AttemptState> NOT_COUNTED =
            EnumSet.of(AttemptState.REGISTERED, AttemptState.ABSENT, AttemptState.TECHNICAL_FAILURE);

    public AttemptLimitPolicy {
        if (attemptsPerSubject < 1) {
            throw new IllegalArgumentException("at least one attempt per subject, got " + attemptsPerSubject);
        }
    }

    /** The answer for a new attempt, given the states of the applicant's other attempts at the same subject. */
    public sealed interface Decision {
        Explanation explanation();

        record Allowed(Explanation explanation) implements Decision {
        }

        record Refused(Explanation explanation) implements Decision {
        }
    }

    public Decision decide(Collection<AttemptState> otherAttemptsAtSubject) {
        var counted = otherAttemptsAtSubject.stream().filter(AttemptLimitPolicy::counts).toList();
        if (counted.size() < attemptsPerSubject) {
            return new Decision.Allowed(Explanation.of("attempts.first"));
        }
        return new Decision.Refused(Explanation.of("attempts.again", AttemptLifecycle.stateName(counted.getFirst())));
    }

    /**
     * Whether an attempt that happened anyway may be graded: only if fewer than the allowed number of
     * counted attempts at the subject came before it.
     */
    public boolean gradable(Collection<AttemptState> earlierAttemptsAtSubject) {
        return earlierAttemptsAtSubject.stream().filter(AttemptLimitPolicy::counts).count() < attemptsPerSubject;
    }

    private static boolean counts(AttemptState state) {
        return !NOT_COUNTED.contains(state);
    }
}
