package org.examroom.face.vision;

import org.examroom.face.FaceChecksUnavailableException;
import org.opencv.core.Core;

/** Loads OpenCV's native library once per JVM, with a message that says what went wrong. */
public final class OpenCvNatives {

    private static volatile boolean loaded;

    private OpenCvNatives() {
    }

    /**
     * Loads the natives bundled in the {@code org.openpnp:opencv} jar; later calls return at once.
     *
     * @throws FaceChecksUnavailableException when the library cannot be loaded on this machine
     */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        try {
            nu.pattern.OpenCV.loadLocally();
            // Touch a native method: loadLocally can succeed on the Java side and still leave the symbols unbound.
            Core.getVersionString();
            loaded = true;
        } catch (RuntimeException | LinkageError e) {
            throw new FaceChecksUnavailableException(
                    "OpenCV's native library could not be loaded on " + System.getProperty("os.name") + " "
                            + System.getProperty("os.arch") + " (" + e + "); face checks need org.openpnp:opencv "
                            + "natives for this platform and write access to the temporary folder "
                            + System.getProperty("java.io.tmpdir"), e);
        }
    }
}
