package org.examroom.common.exam;

/** An applicant (поступающий), by its identifier. */
public record ApplicantId(String value) {

    public ApplicantId {
        value = Ids.require(value, "ApplicantId");
    }

    @Override
    public String toString() {
        return value;
    }
}
