package org.examroom.documents;

import java.util.List;
import java.util.Objects;

/**
 * The results register (протокол): each work's score in digits and in words and whether it reaches the
 * pass mark, certified by two committee members (SFU 3.15; SPbGUPTD 4.23). For anonymised grading the
 * rows carry cipher codes instead of names.
 *
 * @param sitting the sitting
 * @param anonymised whether {@link Row#who()} is a cipher code rather than a name
 * @param passMark the lowest passing score
 * @param firstSigner the first committee member who certifies the scores
 * @param secondSigner the second one
 * @param rows one per work
 */
public record ResultsProtocol(ExamSitting sitting, boolean anonymised, int passMark, String firstSigner,
                              String secondSigner, List<Row> rows) {

    public ResultsProtocol {
        Objects.requireNonNull(sitting, "sitting");
        Objects.requireNonNull(firstSigner, "firstSigner");
        Objects.requireNonNull(secondSigner, "secondSigner");
        if (passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("a pass mark runs from 0 to 100, got " + passMark);
        }
        rows = List.copyOf(rows);
    }

    /**
     * One work.
     *
     * @param who the applicant's full name, or the work's cipher code when anonymised
     * @param score 0–100
     * @param annulled whether the result is annulled (removal, second attempt); the score is then not shown
     */
    public record Row(String who, int score, boolean annulled) {

        public Row {
            Objects.requireNonNull(who, "who");
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("a score runs from 0 to 100, got " + score);
            }
        }
    }

    /** Whether the row's result reaches the pass mark (an annulled one never does). */
    public boolean passed(Row row) {
        return !row.annulled() && row.score() >= passMark;
    }
}
