package org.examroom.face;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.examroom.face.model.InstalledModels;
import org.examroom.face.model.ModelStore;

/** The shared test material (models and face photos), found through the {@code examroom.shared} property. */
public final class SharedFaces {

    private SharedFaces() {
    }

    /** The shared folder, or the test is skipped with a message. */
    public static Path shared() {
        String property = System.getProperty("examroom.shared");
        assumeTrue(property != null, "examroom.shared is not set: the shared models and face photos are not available");
        Path shared = Path.of(property);
        assumeTrue(Files.isDirectory(shared.resolve("models")) && Files.isDirectory(shared.resolve("faces")),
                "No models/ and faces/ in " + shared + ": face tests on real photos skipped");
        return shared;
    }

    public static Path models() {
        return shared().resolve("models");
    }

    public static Path faces() {
        return shared().resolve("faces");
    }

    /** The shared models, verified against their pinned checksums. */
    public static InstalledModels installedModels() {
        return new ModelStore(models()).require();
    }
}
