package org.examroom.common.policy;

import java.time.Duration;
import org.examroom.common.i18n.Explanation;

/**
 * The total time an applicant may be away from the workplace or out of the camera's view during a
 * test before it is a violation: 5 min in total (TOGU 9).
 */
public record AbsenceBudget(Duration total) {

    public static final AbsenceBudget TOGU = new AbsenceBudget(Duration.ofMinutes(5));

    /** Where an applicant stands against the budget. */
    public sealed interface Standing {
        Explanation explanation();

        record Within(Duration left, Explanation explanation) implements Standing {
        }

        record Exceeded(Duration by, Explanation explanation) implements Standing {
        }
    }

    /** The standing after {@code absentSoFar} of absence in total; reaching the budget exactly is still within it. */
    public Standing assess(Duration absentSoFar) {
        if (absentSoFar.compareTo(total) > 0) {
            Duration by = absentSoFar.minus(total);
            return new Standing.Exceeded(by, Explanation.of("absence.exceeded", absentSoFar, total));
        }
        Duration left = total.minus(absentSoFar);
        return new Standing.Within(left, Explanation.of("absence.within", absentSoFar, total));
    }
}
