package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code examroom models} and {@code examroom face} on the shared models and photos. */
class FaceCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path shared;

    @TempDir
    Path home;

    @BeforeEach
    void findShared() {
        String property = System.getProperty("examroom.shared");
        assumeTrue(property != null && Files.isDirectory(Path.of(property, "models")),
                "No shared models (examroom.shared): face command tests skipped");
        shared = Path.of(property);
    }

    private int run(String... args) {
        CommandLine cli = ExamRoom.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String models() {
        return shared.resolve("models").toString();
    }

    private String face(String name) {
        return shared.resolve("faces").resolve(name).toString();
    }

    @Test
    void modelsAreInstalledFromAFolderAndThenReportedReady() {
        String folder = home.resolve("models").toString();
        assertThat(run("models", "status", "--models", folder)).isEqualTo(1);
        assertThat(out.toString()).contains("face_detection_yunet_2023mar.onnx: missing", "Face checks unavailable");

        out.getBuffer().setLength(0);
        assertThat(run("models", "install", "--from", models(), "--models", folder)).isZero();
        assertThat(out.toString()).contains("face_detection_yunet_2023mar.onnx: ok (SHA-256 verified)",
                "face_recognition_mobilefacenet_foamliu.onnx: ok (SHA-256 verified)", "Face checks can run.");
    }

    @Test
    void installNeedsASource() {
        assertThat(run("models", "install")).isEqualTo(2);
        assertThat(err.toString()).contains("--from", "--download");
    }

    @Test
    void anUnknownPolicyIsRefusedWithTheChoices() {
        assertThat(run("face", "check", "--policy", "strict", face("no_face/home.jpg"))).isEqualTo(2);
        assertThat(err.toString()).contains("--policy", "the presets are in-room, remote, accommodated");
    }

    @Test
    void faceChecksWithoutModelsSayWhatIsMissing() {
        assertThat(run("face", "check", "--models", home.toString(), face("no_face/home.jpg"))).isEqualTo(3);
        assertThat(err.toString()).contains("face_detection_yunet_2023mar.onnx: missing", "examroom models install");
    }

    @Test
    void checkShowsWhatMonitoringWouldFlag() {
        assertThat(run("face", "check", "--lang", "en", "--models", models(),
                face("no_face/home.jpg"), face("two_or_more_people/obama_and_biden.jpg"))).isZero();
        assertThat(out.toString())
                .contains("home.jpg (512×384): 0 people", "monitoring: Applicant absent from the camera")
                .contains("obama_and_biden.jpg (2000×1428): 3 people", "monitoring: More than one person in view")
                .contains("as an identity photo: Only you should be in the picture.");
    }

    @Test
    void checkWithAnEnrolmentSaysWhetherItIsThePerson() {
        String enrolled = face("deepface_pairs/img1.jpg") + "," + face("deepface_pairs/img2.jpg");
        assertThat(run("face", "check", "--json", "--models", models(), "--enrolled", enrolled,
                face("deepface_pairs/img5.jpg"), face("deepface_pairs/img13.jpg"))).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("\"people\":1", "\"flags\":[]");
        assertThat(lines[1]).contains("\"people\":1", "\"flags\":[\"DIFFERENT_PERSON\"]");
    }

    @Test
    void enrolSaysWhichPhotoToRetake() {
        assertThat(run("face", "enrol", "--lang", "en", "--models", models(), face("deepface_pairs/img1.jpg"),
                face("deepface_pairs/img2.jpg"), face("same_person_obama_biden/obama_3.jpg"))).isEqualTo(1);
        assertThat(out.toString()).contains("3. obama_3.jpg: retake: Move closer to the camera.",
                "Not enrolled: retake photo 3: Move closer to the camera.");
    }

    @Test
    void enrolAndMatchTheIdDocument() {
        assertThat(run("face", "enrol", "--models", models(), "--id-document", face("deepface_pairs/img10.jpg"),
                face("deepface_pairs/img1.jpg"), face("deepface_pairs/img2.jpg"), face("deepface_pairs/img4.jpg"))).isZero();
        assertThat(out.toString()).contains("Enrolled from 3 photos", "ID document: similarity", "the same person");
    }

    @Test
    void detectPrintsOneJsonObjectPerImage() {
        assertThat(run("face", "detect", "--models", models(), face("two_or_more_people/obama_biden_two_people.jpg"),
                face("no_face/home.jpg"))).isZero();
        List<jakarta.json.JsonObject> lines = out.toString().strip().lines()
                .map(l -> jakarta.json.Json.createReader(new java.io.StringReader(l)).readObject()).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).getInt("people")).isEqualTo(2);
        assertThat(lines.get(0).getJsonArray("faces").getJsonObject(0).getJsonArray("box")).hasSize(4);
        assertThat(lines.get(0).getJsonArray("faces").getJsonObject(0).getJsonNumber("score").doubleValue()).isGreaterThanOrEqualTo(0.9);
        assertThat(lines.get(1).getInt("people")).isZero();
    }

    @Test
    void compareAndEvalPrintJson() {
        assertThat(run("face", "compare", "--models", models(), face("same_person_obama_biden/obama_1.jpg"),
                face("same_person_obama_biden/biden_1.jpg"))).isZero();
        assertThat(out.toString()).contains("\"samePerson\":false", "\"threshold\":0.4");

        out.getBuffer().setLength(0);
        assertThat(run("face", "eval", "--models", models(), "--pairs", face("lfw_subset/pairs_subset.txt"),
                "--images", face("lfw_subset"))).isZero();
        String last = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).startsWith("{\"pairs\":60,\"accuracy\":1.0000,").contains("\"threshold\":0.4");
    }
}
