package org.examroom.central.views;

import java.util.Optional;

/**
 * One attempt as the office reports it: where, which exam, who, how it ended, and the score against the
 * pass mark when the room has graded it.
 */
public record ResultRow(String site, String attemptId, String examId, String subject, int stream, String applicantId,
        String surname, String givenName, String patronymic, String state, Attendance attendance, Optional<Integer> score,
        int passMark, int maxScore) {

    /** Whether the score reaches the pass mark; empty while there is no score. */
    public Optional<Boolean> passed() {
        return score.map(s -> s >= passMark);
    }
}
