package org.examroom.face.enrol;

import java.util.List;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.Embedding;
import org.examroom.face.vision.ImageMeasures.FaceImageQuality;

/** The verdict on one identity photo. */
public sealed interface PhotoCheck {

    /** Good: one face, with its embedding. */
    record Accepted(DetectedFace face, FaceImageQuality quality, Embedding embedding) implements PhotoCheck {
    }

    /**
     * Not usable; {@code fixes} is never empty and its first entry is what to say on the screen.
     *
     * @param faces the faces seen, so a screen or a technician can show them
     */
    record Rejected(List<Guidance> fixes, List<DetectedFace> faces) implements PhotoCheck {
        public Rejected {
            if (fixes.isEmpty()) {
                throw new IllegalArgumentException("a rejected photo needs at least one fix");
            }
            fixes = List.copyOf(fixes);
            faces = List.copyOf(faces);
        }
    }
}
