package org.examroom.common.attempt;

import org.examroom.common.exam.ApplicantId;
import org.examroom.common.exam.StaffId;

/** Who caused an event: a member of staff, the applicant at the terminal, or the system (e.g. the timer). */
public sealed interface Actor {

    record Staff(StaffId id) implements Actor {
    }

    record Applicant(ApplicantId id) implements Actor {
    }

    record System(String component) implements Actor {
    }
}
