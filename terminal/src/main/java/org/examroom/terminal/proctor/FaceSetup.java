package org.examroom.terminal.proctor;

import java.util.concurrent.Executor;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.enrol.LivenessCheck;

/**
 * What the terminal's screens need for the face checks: whether they run here, the station's camera, and the thread
 * the photo checks run on — those of the photos screen, and the enrolment made again from the controller's photos
 * after a restart (never the UI thread: a check takes tens of milliseconds) — and how far the liveness step asks the
 * head to turn.
 */
public record FaceSetup(FaceChecks checks, CameraFeed camera, Executor photoWork, LivenessCheck.Settings liveness) {

    public FaceSetup(FaceChecks checks, CameraFeed camera, Executor photoWork) {
        this(checks, camera, photoWork, LivenessCheck.Settings.DEFAULT);
    }

    /** No camera and no face checks: photos cannot be taken, monitoring does not run. */
    public static FaceSetup none() {
        return new FaceSetup(new FaceChecks.Unavailable("this terminal has no face checks", ProctoringPolicy.IN_ROOM),
                CameraFeed.none(), Runnable::run);
    }
}
