package org.examroom.face.monitor;

import java.util.Optional;
import java.util.OptionalDouble;
import org.examroom.face.vision.HeadPose;

/**
 * What one check saw in one frame, as plain values: the tracker turns a sequence of these into events.
 *
 * @param people            faces at the person score
 * @param bestPartialScore  the best score of any weaker detection (0 when none)
 * @param similarity        cosine of the one face to the enrolment template, when there is exactly one
 * @param pose              head pose of the one face, when there is exactly one
 * @param visibleShare      share of the one face's box inside the frame (1 when not one face)
 * @param weakestPersonScore the lowest score among the faces counted as people (0 when none)
 * @param brightness        mean grey of the whole frame, 0–255
 * @param contrast          standard deviation of grey of the whole frame
 */
public record FrameFindings(int people, double bestPartialScore, OptionalDouble similarity, Optional<HeadPose> pose,
        double visibleShare, double weakestPersonScore, double brightness, double contrast) {

    /** One face, the given similarity, looking straight ahead, in a well-lit frame: for tests and tools. */
    public static FrameFindings applicant(double similarity) {
        return new FrameFindings(1, 0, OptionalDouble.of(similarity), Optional.of(new HeadPose(0, 0, 0)), 1, 0.95, 120, 50);
    }

    /** Nobody, in a well-lit frame. */
    public static FrameFindings empty() {
        return new FrameFindings(0, 0, OptionalDouble.empty(), Optional.empty(), 1, 0, 120, 50);
    }
}
