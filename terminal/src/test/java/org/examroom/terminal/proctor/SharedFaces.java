package org.examroom.terminal.proctor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.examroom.face.vision.Images;
import org.opencv.core.Mat;

/**
 * The shared face models and photos ({@code ../shared}, through the {@code examroom.shared} property), read where they
 * lie and never copied: a test that needs them is skipped with a message when they are not there.
 */
public final class SharedFaces {

    private SharedFaces() {
    }

    public static Path shared() {
        String property = System.getProperty("examroom.shared");
        assumeTrue(property != null, "examroom.shared is not set: the shared models and face photos are not available");
        Path shared = Path.of(property);
        assumeTrue(Files.isDirectory(shared.resolve("models")) && Files.isDirectory(shared.resolve("faces")),
                "No models/ and faces/ in " + shared + ": terminal face tests on real photos skipped");
        return shared;
    }

    public static Path models() {
        return shared().resolve("models");
    }

    /** A shared photo as a BGR frame, e.g. {@code deepface_pairs/img1.jpg}. */
    public static Mat photo(String name) {
        try {
            return Images.read(shared().resolve("faces").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
