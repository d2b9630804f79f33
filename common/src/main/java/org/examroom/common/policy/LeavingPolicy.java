package org.examroom.common.policy;

import java.time.Duration;
import org.examroom.common.i18n.Explanation;

/**
 * Leaving the room during the test (SPbGUPTD 4.13): not allowed when the test lasts {@code noExitUpTo}
 * (150 min) or less; in a longer test, {@code exitsAllowed} (one) escorted exit of at most
 * {@code longestExit} (5 min), not before {@code earliestExit} (minute 120).
 */
public record LeavingPolicy(Duration noExitUpTo, int exitsAllowed, Duration longestExit, Duration earliestExit) {

    public static final LeavingPolicy SPBGUPTD = new LeavingPolicy(
            Duration.ofMinutes(150), 1, Duration.ofMinutes(5), Duration.ofMinutes(120));

    /** The answer to "may I step out?". */
    public sealed interface ExitDecision {
        Explanation explanation();

        /** Allowed, to be back within {@code longest}. */
        record Allowed(Duration longest, Explanation explanation) implements ExitDecision {
        }

        record Refused(Explanation explanation) implements ExitDecision {
        }
    }

    /**
     * Decides for an applicant {@code elapsed} into a test of {@code testDuration} who has already left
     * {@code exitsSoFar} times.
     */
    public ExitDecision decide(Duration testDuration, Duration elapsed, int exitsSoFar) {
        if (testDuration.compareTo(noExitUpTo) <= 0) {
            return new ExitDecision.Refused(Explanation.of("exit.shortTest", testDuration, noExitUpTo));
        }
        if (exitsSoFar >= exitsAllowed) {
            return new ExitDecision.Refused(Explanation.of("exit.noneLeft", exitsAllowed));
        }
        if (elapsed.compareTo(earliestExit) < 0) {
            return new ExitDecision.Refused(Explanation.of("exit.tooEarly", earliestExit, earliestExit.minus(elapsed)));
        }
        return new ExitDecision.Allowed(longestExit, Explanation.of("exit.allowed", longestExit));
    }

    /** Whether an exit that lasted {@code length} broke the rule. */
    public boolean overstayed(Duration length) {
        return length.compareTo(longestExit) > 0;
    }
}
