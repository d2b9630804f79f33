package org.examroom.face.enrol;

import java.util.List;
import org.examroom.face.vision.Embedding;

/** The outcome of enrolling from the identity photos. */
public sealed interface EnrolmentResult {

    /**
     * Enrolled.
     *
     * @param template       the normalised mean of the photos' embeddings, what monitoring compares with
     * @param lowestAgreement the lowest cosine between two of the photos
     */
    record Enrolled(Embedding template, List<PhotoCheck.Accepted> photos, double lowestAgreement) implements EnrolmentResult {
        public Enrolled {
            photos = List.copyOf(photos);
        }
    }

    /** Not enrolled; each entry names a photo (0-based, in the order given) and what to fix. */
    record Retake(List<PhotoProblem> problems) implements EnrolmentResult {
        public Retake {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a retake needs at least one photo to retake");
            }
            problems = List.copyOf(problems);
        }
    }

    /** One photo to take again, and the first thing to fix. */
    record PhotoProblem(int photoIndex, List<Guidance> fixes) {
        public PhotoProblem {
            fixes = List.copyOf(fixes);
        }
    }
}
