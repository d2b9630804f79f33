package org.examroom.central.views;

/** Counts for one exam at one site. */
public record ExamSummary(String examId, String subject, int stream, String site, int registered, int sat, int absent,
        int removed, int reserveDay, int expected, int graded, int passed) {
}
