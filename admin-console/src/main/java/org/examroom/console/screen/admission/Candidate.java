package org.examroom.console.screen.admission;

import java.util.Optional;
import org.examroom.console.client.StaffApi.Applicant;
import org.examroom.console.client.StaffApi.Attempt;

/** An applicant found at the desk, with their attempt at the exam in hand (none when not registered for it). */
public record Candidate(Applicant applicant, Optional<Attempt> attempt) {

    public Candidate withAttempt(Attempt next) {
        return new Candidate(applicant, Optional.of(next));
    }

    public String state() {
        return attempt.map(Attempt::state).orElse("");
    }
}
