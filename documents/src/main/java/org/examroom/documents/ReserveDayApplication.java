package org.examroom.documents;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The applicant's application to sit the test on a reserve day (SFU Appendix 1): who, which test, which
 * reserve day, why the test was missed or not finished, how it will be taken, and the proof attached.
 *
 * @param university whose admissions committee's chair the application is addressed to
 * @param applicant full name
 * @param passportSeries passport series
 * @param passportNumber passport number
 * @param exam the entrance test's name
 * @param reserveDay the requested reserve day, or empty to be filled in by hand
 * @param reason why the test was missed or not finished
 * @param proof the document that proves the reason; may be empty
 * @param mode how the applicant will take the test on the reserve day
 * @param filedOn the day the application is written
 */
public record ReserveDayApplication(String university, String applicant, String passportSeries, String passportNumber,
                                    String exam, Optional<LocalDate> reserveDay, String reason, String proof, Mode mode,
                                    LocalDate filedOn) {

    public ReserveDayApplication {
        Objects.requireNonNull(university, "university");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(passportSeries, "passportSeries");
        Objects.requireNonNull(passportNumber, "passportNumber");
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(reserveDay, "reserveDay");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(filedOn, "filedOn");
    }

    /** How the applicant takes the test on the reserve day; the form asks for one of two. */
    public enum Mode {
        /** Not chosen yet: both boxes stay empty for the applicant to tick. */
        NOT_CHOSEN,
        /** In person at the university. */
        IN_PERSON,
        /** Remotely. */
        REMOTE
    }
}
