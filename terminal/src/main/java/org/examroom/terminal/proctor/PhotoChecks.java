package org.examroom.terminal.proctor;

import java.util.List;
import org.examroom.face.enrol.EnrolmentResult;
import org.examroom.face.enrol.PhotoCheck;
import org.examroom.face.vision.DetectedFace;
import org.opencv.core.Mat;

/** What the photos screen asks of the face checks: one shot at a time, their agreement, and people for liveness. */
public interface PhotoChecks extends AutoCloseable {

    /** The enrolment rules on one shot (BGR): accepted with its embedding, or what to fix. */
    PhotoCheck check(Mat bgr);

    /** Whether the accepted shots show one person, and the template if they do. */
    EnrolmentResult agree(List<PhotoCheck.Accepted> photos);

    /** The faces in a frame that count as people, for the liveness step. */
    List<DetectedFace> people(Mat bgr);

    @Override
    void close();
}
