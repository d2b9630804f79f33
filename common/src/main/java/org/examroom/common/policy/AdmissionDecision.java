package org.examroom.common.policy;

import java.time.Duration;
import java.time.Instant;
import org.examroom.common.i18n.Explanation;

/** What the late-arrival policy decided about an applicant at the door, and why. */
public sealed interface AdmissionDecision {

    /** How late the applicant was (zero when on time). */
    Duration lateness();

    /** The reason, for the console and the record. */
    Explanation explanation();

    /** Admitted. {@code timeShortened}: late, and the lost minutes are not given back. */
    record Admitted(Duration lateness, boolean timeShortened, Explanation explanation) implements AdmissionDecision {
    }

    /**
     * Admitted only if the applicant signs consent to the shortened time (SPbGUPTD 4.10.1); otherwise
     * not admitted, with an act.
     */
    record AdmittedIfConsents(Duration lateness, Explanation explanation) implements AdmissionDecision {

        /** The decision once the applicant has answered. */
        public AdmissionDecision withConsent(boolean consented) {
            return consented
                    ? new Admitted(lateness, true, Explanation.of("late.consented", lateness))
                    : new NotAdmitted(lateness, true, Explanation.of("late.consentRefused", lateness));
        }
    }

    /** Not admitted. {@code actRequired}: an act is drawn up (e.g. consent refused). */
    record NotAdmitted(Duration lateness, boolean actRequired, Explanation explanation) implements AdmissionDecision {
    }

    /** Too late to be admitted; the applicant is recorded as absent (SPbGUPTD 4.10.2). */
    record CountedAbsent(Duration lateness, Explanation explanation) implements AdmissionDecision {
    }

    /** Identification has not opened yet (SFU 3.7.2); come back at {@code opensAt}. */
    record TooEarly(Instant opensAt, Explanation explanation) implements AdmissionDecision {
        @Override
        public Duration lateness() {
            return Duration.ZERO;
        }
    }
}
