package org.examroom.terminal.proctor;

import java.util.ArrayList;
import java.util.List;
import org.examroom.common.Failures;
import org.examroom.face.enrol.EnrolmentResult;
import org.examroom.face.enrol.PhotoCheck;
import org.examroom.face.vision.Embedding;
import org.examroom.face.vision.Images;
import org.opencv.core.Mat;

/**
 * The enrolment made again from the identity photos the controller keeps, for a terminal that reaches the test without
 * the one its photos screen made: it restarted, and a biometric template is never written to a terminal's disk. The
 * photos go through the rules the photos screen applied and must agree that they show one person, as they did then.
 * The checks run on the caller's thread, on an engine of their own: call it off the UI thread.
 */
public final class Reenrolment {

    private Reenrolment() {
    }

    /** What enrolling again came to. */
    public sealed interface Outcome {

        /** Enrolled from {@code photos} of the stored photos. */
        record Enrolled(Embedding template, int photos) implements Outcome {
        }

        /** Not enrolled; {@code reason} is for the technician's log. */
        record NotEnrolled(String reason) implements Outcome {
        }
    }

    /**
     * Enrols from the photos (JPEG) that pass the enrolment rules; a photo that does not (taken while the face checks
     * were unavailable) is left out. Never throws: a native failure of the checks is a reason not to enrol.
     */
    public static Outcome fromIdentityPhotos(FaceChecks.Available checks, List<byte[]> jpegs) {
        if (jpegs.isEmpty()) {
            return new Outcome.NotEnrolled("the controller keeps no identity photos of this attempt");
        }
        try (PhotoChecks photos = checks.photoChecks()) {
            List<PhotoCheck.Accepted> accepted = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < jpegs.size(); i++) {
                Mat image = Images.decode(jpegs.get(i));
                try {
                    if (image.empty()) {
                        refused.add("photo " + (i + 1) + " is not an image OpenCV can read");
                    } else {
                        switch (photos.check(image)) {
                            case PhotoCheck.Accepted good -> accepted.add(good);
                            case PhotoCheck.Rejected rejected -> refused.add("photo " + (i + 1) + " ("
                                    + rejected.fixes().getFirst().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
                        }
                    }
                } finally {
                    image.release();
                }
            }
            if (accepted.isEmpty()) {
                return new Outcome.NotEnrolled("none of the " + jpegs.size() + " identity photos can be enrolled from: "
                        + String.join(", ", refused));
            }
            return switch (photos.agree(accepted)) {
                case EnrolmentResult.Enrolled enrolled -> new Outcome.Enrolled(enrolled.template(), accepted.size());
                case EnrolmentResult.Retake retake ->
                        new Outcome.NotEnrolled("the identity photos do not agree that they show one person");
            };
        } catch (RuntimeException | LinkageError e) {
            return new Outcome.NotEnrolled("the face checks failed on the identity photos: " + Failures.rootMessage(e));
        }
    }
}
