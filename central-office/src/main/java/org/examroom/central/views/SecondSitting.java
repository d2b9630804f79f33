package org.examroom.central.views;

import java.util.List;

/**
 * An applicant who sat the same subject more than once (across sites or streams), which the one-attempt
 * rule forbids; each sitting names where.
 */
public record SecondSitting(String applicantId, String name, String subject, List<Sitting> sittings) {

    public record Sitting(String site, String attemptId, String examId, int stream, String state) {
    }
}
