package org.examroom.hardware.camera;

/** A camera delivering frames at the size and rate it was opened with. */
public interface Camera extends AutoCloseable {

    /** What this camera delivers. */
    CameraSettings settings();

    /**
     * The next frame, at the requested size, waiting for it as long as the frame rate says. The
     * caller closes the frame.
     */
    Frame grab() throws CameraException;

    /** Releases the device. */
    @Override
    void close();
}
