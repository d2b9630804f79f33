package org.examroom.documents;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The act on removing an applicant from the room for breaking the procedure: every field of TPU's
 * Appendix 2 (applicant, rule broken, reason, programme, time of removal, room, date, who drew it up,
 * the applicant's acknowledgement) and SFU's Appendix 3 (committee, test name, the test's time span, the
 * finding that the test was not passed without a valid reason).
 *
 * @param number the act's number in the room's journal
 * @param sitting the sitting (university, test, programme, date, room)
 * @param applicant the applicant's full name
 * @param document the applicant's identity document
 * @param ruleBroken what the applicant did, in the committee's words (нарушил процедуру проведения ВИ)
 * @param reason why the applicant is removed (удалён по причине)
 * @param startedAt when the applicant's test began
 * @param removedAt when the applicant was removed
 * @param committee who drew up and signs the act
 */
public record RemovalAct(String number, ExamSitting sitting, String applicant, String document, String ruleBroken,
                         String reason, LocalTime startedAt, LocalTime removedAt, Committee committee) {

    public RemovalAct {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(sitting, "sitting");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(ruleBroken, "ruleBroken");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(removedAt, "removedAt");
        Objects.requireNonNull(committee, "committee");
        if (removedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("removed at " + removedAt + " before the test began at " + startedAt);
        }
    }
}
