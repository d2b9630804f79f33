package org.examroom.common.exam;

/** An applicant registered for an exam (one subject in one stream). */
public record Registration(ApplicantId applicant, ExamId exam) {
}
