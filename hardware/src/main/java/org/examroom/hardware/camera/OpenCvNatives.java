package org.examroom.hardware.camera;

import org.opencv.core.Core;

/** Loads OpenCV's native library once, from the openpnp jar, with a message that says what to do if it fails. */
public final class OpenCvNatives {

    private static volatile boolean loaded;

    private OpenCvNatives() {
    }

    /** Loads the library if it is not loaded yet; safe to call from anywhere, any number of times. */
    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (OpenCvNatives.class) {
            if (loaded) {
                return;
            }
            try {
                nu.pattern.OpenCV.loadLocally();
                System.getLogger(OpenCvNatives.class.getName())
                        .log(System.Logger.Level.DEBUG, "OpenCV {0} loaded", Core.VERSION);
                loaded = true;
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException("OpenCV's native library could not be loaded on "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                        + " (org.openpnp:opencv ships Linux x86-64 and ARM, Windows and macOS builds; it unpacks"
                        + " into java.io.tmpdir, which must be writable): " + e, e);
            }
        }
    }
}
