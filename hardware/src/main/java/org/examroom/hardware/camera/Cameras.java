package org.examroom.hardware.camera;

import java.time.Clock;

/** Opens the camera a source names. */
public final class Cameras {

    private Cameras() {
    }

    /** A real camera for a device, a simulated one for image files. */
    public static Camera open(CameraSource source, CameraSettings settings, Clock clock) throws CameraException {
        return switch (source) {
            case CameraSource.ImageFiles files -> new ImageFileCamera(files.fileOrFolder(), settings, clock);
            case CameraSource.DeviceIndex device -> OpenCvCamera.open(device, settings, clock);
            case CameraSource.DevicePath device -> OpenCvCamera.open(device, settings, clock);
        };
    }
}
