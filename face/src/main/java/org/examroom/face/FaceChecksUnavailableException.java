package org.examroom.face;

/** Face checks cannot run on this machine: natives or models are missing or broken. The message says which. */
public final class FaceChecksUnavailableException extends RuntimeException {

    public FaceChecksUnavailableException(String message) {
        super(message);
    }

    public FaceChecksUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
