package org.examroom.face.monitor;

/** Receives what monitoring finds, on the executor given to the monitor (e.g. the UI thread's). */
public interface FaceCheckListener {

    /** An event started (its end empty) or ended. */
    void onEvent(ProctoringEvent event);

    /** Face checks started, became unavailable, recovered or stopped. Sent only on a change. */
    void onStatus(FaceCheckStatus status);
}
