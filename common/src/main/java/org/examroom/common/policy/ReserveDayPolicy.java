package org.examroom.common.policy;

import org.examroom.common.attempt.AttemptLifecycle;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.i18n.Explanation;

/**
 * Who moves to a reserve day: an applicant whose attempt ended in a technical failure (TPU App.4 2.14;
 * SFU 1.6), or who missed the exam for a valid reason shown by a document (SPbGUPTD 1.11, 3.3–3.4;
 * SFU Appendix 1). A removed applicant has no retake this year (TPU 4.15; TOGU 10).
 */
public final class ReserveDayPolicy {

    /** Why the applicant asks for a reserve day. */
    public enum Reason {
        TECHNICAL_FAILURE,
        VALID_REASON
    }

    /** The answer to a reserve-day request. */
    public sealed interface Decision {
        Explanation explanation();

        record Eligible(Explanation explanation) implements Decision {
        }

        record NotEligible(Explanation explanation) implements Decision {
        }
    }

    private ReserveDayPolicy() {
    }

    /**
     * Decides for an attempt in {@code state}; {@code proofAttached} says whether a supporting document
     * (medical certificate, etc.) was recorded with the request.
     */
    public static Decision decide(AttemptState state, Reason reason, boolean proofAttached) {
        if (state == AttemptState.TECHNICAL_FAILURE) {
            return new Decision.Eligible(Explanation.of("reserve.technicalFailure"));
        }
        if (reason == Reason.VALID_REASON && (state == AttemptState.ABSENT || state == AttemptState.REGISTERED)) {
            return proofAttached
                    ? new Decision.Eligible(Explanation.of("reserve.validReason"))
                    : new Decision.NotEligible(Explanation.of("reserve.noProof"));
        }
        return new Decision.NotEligible(Explanation.of("reserve.notEligible", AttemptLifecycle.stateName(state)));
    }
}
