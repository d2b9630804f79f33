package org.examroom.face.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.examroom.face.FaceChecksUnavailableException;
import org.examroom.face.SharedFaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {

    @TempDir
    Path home;

    @Test
    void anEmptyFolderNamesEveryMissingModelAndHowToInstallIt() {
        ModelStore store = new ModelStore(home.resolve("models"));
        assertThat(store.check()).hasSize(2).allSatisfy(c -> assertThat(c).isInstanceOf(ModelCheck.Missing.class));
        assertThatThrownBy(store::require)
                .isInstanceOf(FaceChecksUnavailableException.class)
                .hasMessageContaining("face_detection_yunet_2023mar.onnx: missing")
                .hasMessageContaining("face_recognition_mobilefacenet_foamliu.onnx: missing")
                .hasMessageContaining("examroom models install");
    }

    @Test
    void installingFromAFolderVerifiesAndCopiesBothModels() throws IOException {
        ModelStore store = new ModelStore(home.resolve("models"));
        assertThat(store.installFrom(SharedFaces.models())).allSatisfy(c -> assertThat(c).isInstanceOf(ModelCheck.Verified.class));
        InstalledModels installed = store.require();
        assertThat(installed.detector()).isEqualTo(home.resolve("models/face_detection_yunet_2023mar.onnx"));
        assertThat(Files.size(installed.embedder())).isEqualTo(FaceModel.EMBEDDER.size());
        try (var leftovers = Files.list(home.resolve("models"))) {
            assertThat(leftovers.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void aDamagedModelIsCalledCorruptWithBothChecksums() throws IOException {
        ModelStore store = new ModelStore(home.resolve("models"));
        store.installFrom(SharedFaces.models());
        Path detector = store.fileOf(FaceModel.DETECTOR);
        byte[] bytes = Files.readAllBytes(detector);
        Files.write(detector, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(store.check().getFirst()).isInstanceOfSatisfying(ModelCheck.Corrupt.class, c -> {
            assertThat(c.actualSize()).isEqualTo(bytes.length / 2);
            assertThat(c.describe()).contains("corrupt", FaceModel.DETECTOR.sha256(), String.valueOf(bytes.length / 2));
        });
        assertThatThrownBy(store::require).hasMessageContaining("face_detection_yunet_2023mar.onnx: corrupt");
    }

    @Test
    void aCorruptSourceIsNotCopied() throws IOException {
        Path stick = Files.createDirectories(home.resolve("stick"));
        Files.copy(SharedFaces.models().resolve(FaceModel.EMBEDDER.fileName()), stick.resolve(FaceModel.EMBEDDER.fileName()));
        Files.writeString(stick.resolve(FaceModel.DETECTOR.fileName()), "not a model");
        ModelStore store = new ModelStore(home.resolve("models"));

        assertThatThrownBy(() -> store.installFrom(stick)).isInstanceOf(IOException.class)
                .hasMessageContaining("Not copied").hasMessageContaining(FaceModel.DETECTOR.fileName());
        assertThat(store.check().getFirst()).isInstanceOf(ModelCheck.Missing.class);
    }
}
