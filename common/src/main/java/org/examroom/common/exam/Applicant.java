package org.examroom.common.exam;

/** A person sitting entrance tests. */
public record Applicant(ApplicantId id, PersonName name, IdentityDocument document, Accommodations accommodations) {
}
