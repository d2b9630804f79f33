package org.examroom.terminal.proctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.model.FaceModel;
import org.examroom.face.model.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal opens its face checks from the model folder, and goes on without them when they are not right. */
class FaceChecksTest {

    @Test
    void anEmptyModelFolderMakesThemUnavailableNamingWhatIsMissing(@TempDir Path folder) {
        FaceChecks checks = FaceChecks.open(new ModelStore(folder), ProctoringPolicy.IN_ROOM);
        assertThat(checks).isInstanceOfSatisfying(FaceChecks.Unavailable.class, unavailable -> assertThat(unavailable.reason())
                .contains(FaceModel.DETECTOR.fileName() + ": missing", folder.toString()));
    }

    @Test
    void aDamagedModelMakesThemUnavailableRatherThanFailingInOpenCv(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve(FaceModel.DETECTOR.fileName()), new byte[] {1, 2, 3});
        Files.copy(SharedFaces.models().resolve(FaceModel.EMBEDDER.fileName()), folder.resolve(FaceModel.EMBEDDER.fileName()));
        FaceChecks checks = FaceChecks.open(new ModelStore(folder), ProctoringPolicy.IN_ROOM);
        assertThat(checks).isInstanceOfSatisfying(FaceChecks.Unavailable.class, unavailable -> assertThat(unavailable.reason())
                .contains(FaceModel.DETECTOR.fileName() + ": corrupt").doesNotContain(FaceModel.EMBEDDER.fileName() + ": missing"));
    }

    @Test
    void theSharedModelsOpen() {
        assertThat(FaceChecks.open(new ModelStore(SharedFaces.models()), ProctoringPolicy.IN_ROOM))
                .isInstanceOf(FaceChecks.Available.class);
    }
}
