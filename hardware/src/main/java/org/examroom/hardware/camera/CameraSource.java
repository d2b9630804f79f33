package org.examroom.hardware.camera;

import java.nio.file.Path;
import java.util.Objects;

/** Where frames come from: a video device, or image files for desktops and tests. */
public sealed interface CameraSource {

    /** A video device by OpenCV's index: 0 is the first camera ({@code /dev/video0} on Linux). */
    record DeviceIndex(int index) implements CameraSource {
        public DeviceIndex {
            if (index < 0) {
                throw new IllegalArgumentException("A camera index is 0 or more: " + index);
            }
        }
    }

    /** A video device by path (e.g. {@code /dev/video2}), or a video file or stream URL OpenCV can open. */
    record DevicePath(String path) implements CameraSource {
        public DevicePath {
            Objects.requireNonNull(path, "path");
        }
    }

    /** An image file, or a folder of them, played in a loop (simulation). */
    record ImageFiles(Path fileOrFolder) implements CameraSource {
        public ImageFiles {
            Objects.requireNonNull(fileOrFolder, "fileOrFolder");
        }
    }

    /**
     * Parses a camera option: a number is a device index, {@code images:PATH} (or an existing
     * folder or image file) plays images, anything else is a device path.
     */
    static CameraSource parse(String text) {
        String value = text.strip();
        if (value.matches("\\d+")) {
            return new DeviceIndex(Integer.parseInt(value));
        }
        if (value.startsWith("images:")) {
            return new ImageFiles(Path.of(value.substring("images:".length())));
        }
        Path path = Path.of(value);
        if (java.nio.file.Files.isDirectory(path) || ImageFileCamera.isImage(path)) {
            return new ImageFiles(path);
        }
        return new DevicePath(value);
    }
}
