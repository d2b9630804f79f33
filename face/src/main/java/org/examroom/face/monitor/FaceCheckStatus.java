package org.examroom.face.monitor;

/** Whether face checks are running; the terminal shows it and reports it to the console. */
public sealed interface FaceCheckStatus {

    /** Checking frames. */
    record Running() implements FaceCheckStatus {
    }

    /**
     * Face checks unavailable: models missing or corrupt, natives not loadable, or a check failed.
     * The test goes on; {@code reason} says what is wrong, for the technician.
     */
    record Unavailable(String reason) implements FaceCheckStatus {
    }

    /** Monitoring is paused (the supervisor paused the attempt); checking resumes with the attempt. */
    record Paused() implements FaceCheckStatus {
    }

    /** Monitoring was stopped (the test ended). */
    record Stopped() implements FaceCheckStatus {
    }
}
