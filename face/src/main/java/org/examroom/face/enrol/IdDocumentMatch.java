package org.examroom.face.enrol;

/** Whether the portrait on the ID page is the enrolled applicant. */
public sealed interface IdDocumentMatch {

    /** No face found on the page: the photo of the document must be retaken. */
    record NoPortrait() implements IdDocumentMatch {
    }

    /** Compared: {@code matches} when the cosine reached the threshold. */
    record Compared(double similarity, double threshold, boolean matches) implements IdDocumentMatch {
    }
}
