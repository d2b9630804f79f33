package org.examroom.documents;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The access-key register (ведомость выдачи ключей доступа): one line per applicant, which each signs on
 * receiving the key. The register shows the key's number, never the key itself, so that a signed sheet
 * lying on the desk gives nobody a way in.
 *
 * @param sitting the sitting
 * @param supervisor who issues the keys and signs the register
 * @param lines one per applicant, in the order to print
 */
public record KeyRegister(ExamSitting sitting, String supervisor, List<Line> lines) {

    public KeyRegister {
        Objects.requireNonNull(sitting, "sitting");
        Objects.requireNonNull(supervisor, "supervisor");
        lines = List.copyOf(lines);
    }

    /**
     * One applicant's line.
     *
     * @param applicant full name
     * @param document identity document (series and number)
     * @param seat the seat's label
     * @param keyNumber the key's number as printed on the slip (not the key)
     * @param issuedAt when the key was handed over, if it has been
     */
    public record Line(String applicant, String document, String seat, String keyNumber, Optional<LocalTime> issuedAt) {

        public Line {
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(seat, "seat");
            Objects.requireNonNull(keyNumber, "keyNumber");
            Objects.requireNonNull(issuedAt, "issuedAt");
        }
    }
}
