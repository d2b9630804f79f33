package org.examroom.hardware.camera;

/** A camera that cannot be opened or stopped delivering frames; the message says what to check. */
public final class CameraException extends Exception {

    public CameraException(String message) {
        super(message);
    }

    public CameraException(String message, Throwable cause) {
        super(message, cause);
    }
}
