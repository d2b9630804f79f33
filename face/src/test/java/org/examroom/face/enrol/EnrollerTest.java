package org.examroom.face.enrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.SharedFaces;
import org.examroom.face.vision.FaceEngine;
import org.examroom.face.vision.Images;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

class EnrollerTest {

    private static FaceEngine engine;
    private static Enroller enroller;
    private static Path faces;

    @BeforeAll
    static void loadModels() {
        faces = SharedFaces.faces();
        engine = new FaceEngine(SharedFaces.installedModels(), ProctoringPolicy.IN_ROOM.detection().partialScore());
        enroller = new Enroller(engine, ProctoringPolicy.IN_ROOM);
    }

    @AfterAll
    static void closeModels() {
        if (engine != null) {
            engine.close();
        }
    }

    private static Mat photo(String name) throws IOException {
        return Images.read(faces.resolve(name));
    }

    /** Five photos of one person (deepface_pairs 1, 2, 4, 5, 6: the same identity in master.csv), as the terminal takes. */
    private static List<Mat> fiveOfOnePerson() throws IOException {
        return List.of(photo("deepface_pairs/img1.jpg"), photo("deepface_pairs/img2.jpg"), photo("deepface_pairs/img4.jpg"),
                photo("deepface_pairs/img5.jpg"), photo("deepface_pairs/img6.jpg"));
    }

    @Test
    void fivePhotosOfOnePersonEnrolAndTheTemplateMatchesEachOfThem() throws IOException {
        EnrolmentResult result = enroller.enrol(fiveOfOnePerson());
        assertThat(result).isInstanceOfSatisfying(EnrolmentResult.Enrolled.class, enrolled -> {
            assertThat(enrolled.photos()).hasSize(5);
            assertThat(enrolled.lowestAgreement()).isGreaterThanOrEqualTo(ProctoringPolicy.IN_ROOM.photos().minAgreement());
            assertThat(enrolled.photos()).allSatisfy(p -> assertThat(enrolled.template().similarity(p.embedding()))
                    .isGreaterThan(ProctoringPolicy.IN_ROOM.identity().samePerson()));
        });
    }

    @Test
    void aPhotoOfSomeoneElseIsTheOneToRetake() throws IOException {
        List<Mat> photos = new java.util.ArrayList<>(fiveOfOnePerson());
        photos.set(3, photo("deepface_pairs/img13.jpg"));
        assertThat(enroller.enrol(photos)).isEqualTo(new EnrolmentResult.Retake(
                List.of(new EnrolmentResult.PhotoProblem(3, List.of(Guidance.RETAKE_SAME_PERSON)))));
    }

    @Test
    void aTurnedHeadIsAskedToLookAtTheCamera() throws IOException {
        // Measured yaw 22°: past the 20° an identity photo allows.
        assertThat(fixes(photo("same_person_obama_biden/obama_4.jpg"))).containsExactly(Guidance.LOOK_AT_THE_CAMERA);
    }

    @Test
    void eachPhotoSaysWhatToFix() throws IOException {
        assertThat(fixes(photo("no_face/home.jpg"))).containsExactly(Guidance.SHOW_YOUR_FACE);
        assertThat(fixes(photo("two_or_more_people/obama_biden_two_people.jpg"))).containsExactly(Guidance.ONLY_YOU);
        // A full-length photo: the face is 15% of the height.
        assertThat(fixes(photo("same_person_obama_biden/obama_3.jpg"))).containsExactly(Guidance.MOVE_CLOSER);

        Mat dark = new Mat();
        photo("same_person_obama_biden/obama_1.jpg").convertTo(dark, -1, 0.25, 0);
        assertThat(fixes(dark)).containsExactly(Guidance.MORE_LIGHT);

        Mat blurred = new Mat();
        Imgproc.GaussianBlur(photo("public_domain_face/astronaut.png"), blurred, new Size(0, 0), 3);
        Mat astronautCloser = blurred.submat(0, 300, 100, 400); // the astronaut's face is small in the full picture
        assertThat(fixes(astronautCloser)).containsExactly(Guidance.HOLD_STILL);
    }

    private static List<Guidance> fixes(Mat photo) {
        return switch (enroller.check(photo)) {
            case PhotoCheck.Accepted accepted -> List.of();
            case PhotoCheck.Rejected rejected -> rejected.fixes();
        };
    }

    @Test
    void aSharpFrontalPortraitIsAccepted() throws IOException {
        assertThat(enroller.check(photo("deepface_pairs/img1.jpg"))).isInstanceOf(PhotoCheck.Accepted.class);
        assertThat(enroller.check(photo("same_person_obama_biden/obama_1.jpg"))).isInstanceOf(PhotoCheck.Accepted.class);
    }

    @Test
    void theIdPagePortraitIsMatchedWithItsOwnThreshold() throws IOException {
        var enrolled = (EnrolmentResult.Enrolled) enroller.enrol(List.of(
                photo("same_person_obama_biden/obama_1.jpg"), photo("same_person_obama_biden/obama_2.jpg")));
        assertThat(enroller.matchIdDocument(enrolled.template(), photo("same_person_obama_biden/obama_4.jpg")))
                .isInstanceOfSatisfying(IdDocumentMatch.Compared.class, m -> {
                    assertThat(m.matches()).isTrue();
                    assertThat(m.threshold()).isEqualTo(ProctoringPolicy.IN_ROOM.identity().idDocument());
                });
        assertThat(enroller.matchIdDocument(enrolled.template(), photo("same_person_obama_biden/biden_1.jpg")))
                .isInstanceOfSatisfying(IdDocumentMatch.Compared.class, m -> assertThat(m.matches()).isFalse());
        assertThat(enroller.matchIdDocument(enrolled.template(), photo("no_face/fruits.jpg"))).isInstanceOf(IdDocumentMatch.NoPortrait.class);
    }
}
