package org.examroom.terminal.screen.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examroom.common.i18n.Messages;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.enrol.EnrolmentResult;
import org.examroom.face.enrol.LivenessCheck;
import org.examroom.face.enrol.PhotoCheck;
import org.examroom.face.model.ModelStore;
import org.examroom.face.vision.Box;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.Landmarks;
import org.examroom.face.vision.OpenCvNatives;
import org.examroom.face.vision.Point;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.proctor.FaceChecks;
import org.examroom.terminal.proctor.PhotoChecks;
import org.examroom.terminal.proctor.SharedFaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * The photos screen's model driven with frames, without the toolkit: the shared face photos stand for what the
 * camera sees, the real face checks judge them, and everything runs on the test's thread.
 */
class PhotosViewModelTest {

    private static final Instant T0 = Instant.parse("2026-07-15T06:50:00Z");
    private static final Messages EN = TerminalApp.messages(Locale.ENGLISH);
    private static PhotoChecks real;

    /** The liveness step's view of the frames: the faces the test says are there, in order. */
    private final Deque<List<DetectedFace>> seen = new ArrayDeque<>();
    private final List<PhotosViewModel.Photos> sent = new ArrayList<>();
    private PhotosViewModel model;
    private Instant now = T0;

    @BeforeAll
    static void openFaceChecks() {
        FaceChecks checks = FaceChecks.open(new ModelStore(SharedFaces.models()), ProctoringPolicy.IN_ROOM);
        assertThat(checks).isInstanceOf(FaceChecks.Available.class);
        real = ((FaceChecks.Available) checks).photoChecks();
    }

    @AfterAll
    static void closeFaceChecks() {
        if (real != null) {
            real.close();
        }
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
    }

    /** The real checks for the shots; the turns of the head scripted, since no shared photo turns 25° both ways. */
    private PhotosViewModel checked() {
        PhotoChecks scriptedTurns = new PhotoChecks() {
            @Override
            public PhotoCheck check(Mat bgr) {
                return real.check(bgr);
            }

            @Override
            public EnrolmentResult agree(List<PhotoCheck.Accepted> photos) {
                return real.agree(photos);
            }

            @Override
            public List<DetectedFace> people(Mat bgr) {
                return seen.isEmpty() ? List.of() : seen.poll();
            }

            @Override
            public void close() {
            }
        };
        model = new PhotosViewModel(Optional.of(scriptedTurns), Runnable::run, Runnable::run, EN,
                LivenessCheck.Settings.DEFAULT, sent::add);
        return model;
    }

    /** The camera shows this photo; the time moves on as at 5 frames a second. */
    private void camera(String photo) {
        model.frame(PHOTOS.computeIfAbsent(photo, SharedFaces::photo), now);
        now = now.plusMillis(200);
    }

    /** Each photo read once: the camera shows the same ones many times. */
    private static final java.util.Map<String, Mat> PHOTOS = new java.util.HashMap<>();

    private void shoot(String photo) {
        camera(photo);
        assertThat(model.take()).isTrue();
    }

    /** A face whose nose sits {@code shift} px to the right of the image: about 27° at 30 px. */
    private static DetectedFace turned(double shift) {
        return new DetectedFace(new Box(80, 60, 100, 130),
                new Landmarks(new Point(100, 100), new Point(160, 100), new Point(130 + shift, 137), new Point(108, 166),
                        new Point(152, 166)), 0.95);
    }

    private static final List<String> ONE_PERSON = List.of("deepface_pairs/img1.jpg", "deepface_pairs/img2.jpg",
            "deepface_pairs/img4.jpg", "deepface_pairs/img5.jpg", "deepface_pairs/img6.jpg");

    @Test
    void aGoodFaceIsKeptAndTheLiveHintSaysSo() {
        checked();
        camera("deepface_pairs/img1.jpg");
        assertThat(model.guidanceProperty().get()).isEqualTo("Good: you can take the photo");
        assertThat(model.previewProperty().get()).isNotNull();
        assertThat(model.take()).isTrue();
        assertThat(model.keptProperty().get()).isEqualTo(1);
        assertThat(model.noticeProperty().get()).isEqualTo("Photo kept: 1 of 5");
        assertThat(model.stageProperty().get()).isEqualTo(PhotosViewModel.Stage.SHOTS);
    }

    @Test
    void anEmptyChairIsNotKeptAndAsksForTheFace() {
        checked();
        shoot("no_face/home.jpg");
        assertThat(model.keptProperty().get()).isZero();
        assertThat(model.guidanceProperty().get()).isEqualTo("We cannot see your face. Sit in front of the camera and look at it.");
        assertThat(model.noticeProperty().get()).startsWith("Photo not kept.");
    }

    @Test
    void twoPeopleAreNotKeptAndOnlyTheApplicantIsAskedFor() {
        checked();
        shoot("two_or_more_people/obama_biden_two_people.jpg");
        assertThat(model.keptProperty().get()).isZero();
        assertThat(model.guidanceProperty().get()).isEqualTo("Only you should be in the picture.");
    }

    @Test
    void aFaceTooFarAwayIsAskedToComeCloser() {
        checked();
        shoot("same_person_obama_biden/obama_3.jpg"); // full length: the face is 15% of the height
        assertThat(model.keptProperty().get()).isZero();
        assertThat(model.guidanceProperty().get()).isEqualTo("Move closer to the camera.");
    }

    @Test
    void fiveShotsOfOnePersonThenTheTurnsOfTheHeadThenTheyAreSent() {
        checked();
        ONE_PERSON.forEach(this::shoot);
        assertThat(model.keptProperty().get()).isEqualTo(5);
        assertThat(model.stageProperty().get()).isEqualTo(PhotosViewModel.Stage.LIVENESS);
        assertThat(model.guidanceProperty().get()).isEqualTo("Slowly turn your head to the left.");
        assertThat(model.send()).as("not before the liveness step").isFalse();
        assertThat(model.take()).as("no sixth shot").isFalse();

        seen.add(List.of(turned(0)));
        seen.add(List.of(turned(30)));
        camera("deepface_pairs/img6.jpg");
        camera("deepface_pairs/img6.jpg");
        assertThat(model.guidanceProperty().get()).isEqualTo("Now slowly turn your head to the right.");
        seen.add(List.of(turned(-30)));
        camera("deepface_pairs/img6.jpg");
        assertThat(model.stageProperty().get()).isEqualTo(PhotosViewModel.Stage.READY);

        assertThat(model.send()).isTrue();
        assertThat(sent).hasSize(1);
        PhotosViewModel.Photos photos = sent.getFirst();
        assertThat(photos.jpegs()).hasSize(5).allSatisfy(jpeg -> assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8));
        assertThat(photos.template()).isPresent();
        // The template is the applicant: a sixth photo of them matches it, someone else's does not.
        double same = similarity(photos, "deepface_pairs/img7.jpg");
        double other = similarity(photos, "deepface_pairs/img13.jpg");
        assertThat(same).isGreaterThan(ProctoringPolicy.IN_ROOM.identity().samePerson());
        assertThat(other).isLessThan(ProctoringPolicy.IN_ROOM.identity().samePerson());
    }

    private static double similarity(PhotosViewModel.Photos photos, String photo) {
        Mat frame = SharedFaces.photo(photo);
        try {
            PhotoCheck.Accepted check = (PhotoCheck.Accepted) real.check(frame);
            return photos.template().orElseThrow().similarity(check.embedding());
        } finally {
            frame.release();
        }
    }

    @Test
    void aShotOfSomeoneElseAmongTheFiveIsTheOneTakenAgain() {
        checked();
        shoot("deepface_pairs/img1.jpg");
        shoot("deepface_pairs/img2.jpg");
        shoot("deepface_pairs/img4.jpg");
        shoot("deepface_pairs/img13.jpg"); // another person stepped in
        shoot("deepface_pairs/img5.jpg");
        assertThat(model.stageProperty().get()).isEqualTo(PhotosViewModel.Stage.SHOTS);
        assertThat(model.keptProperty().get()).isEqualTo(4);
        assertThat(model.guidanceProperty().get()).isEqualTo("This photo does not look like the others. Take it again.");
        shoot("deepface_pairs/img6.jpg");
        assertThat(model.stageProperty().get()).isEqualTo(PhotosViewModel.Stage.LIVENESS);
    }

    @Test
    void aPhotoHeldUpNeverTurnsEnoughAndTheStepCanBeTriedAgain() {
        checked();
        ONE_PERSON.forEach(this::shoot);
        for (int i = 0; i < 80; i++) { // 16 s of a flat face wobbling a few pixels
            seen.add(List.of(turned(i % 2 == 0 ? 4 : -4)));
            camera("deepface_pairs/img6.jpg");
        }
        assertThat(model.stageProperty().get()).isEqualTo(PhotosViewModel.Stage.LIVENESS_FAILED);
        assertThat(model.guidanceProperty().get()).isEqualTo("Time is up. Please try again.");
        assertThat(model.send()).isFalse();
        model.retryLiveness();
        assertThat(model.stageProperty().get()).isEqualTo(PhotosViewModel.Stage.LIVENESS);
        model.startAgain();
        assertThat(model.keptProperty().get()).isZero();
        assertThat(model.stageProperty().get()).isEqualTo(PhotosViewModel.Stage.SHOTS);
    }

    @Test
    void withoutFaceChecksTheShotsAreKeptAsTakenAndTheScreenSaysSo() {
        OpenCvNatives.load();
        model = new PhotosViewModel(Optional.empty(), Runnable::run, Runnable::run, EN, LivenessCheck.Settings.DEFAULT,
                sent::add);
        assertThat(model.checkedProperty().get()).isFalse();
        assertThat(model.guidanceProperty().get()).startsWith("Face checks are not available on this terminal");
        assertThat(model.take()).as("nothing from the camera yet").isFalse();
        assertThat(model.noticeProperty().get()).isEqualTo("The camera gave no picture. Call the room supervisor");
        Mat desk = new Mat(480, 640, CvType.CV_8UC3, new Scalar(96, 100, 104));
        model.frame(desk, T0);
        for (int i = 0; i < PhotosViewModel.SHOTS; i++) {
            assertThat(model.take()).isTrue();
        }
        desk.release();
        assertThat(model.stageProperty().get()).isEqualTo(PhotosViewModel.Stage.READY);
        assertThat(model.send()).isTrue();
        assertThat(sent.getFirst().jpegs()).hasSize(5);
        assertThat(sent.getFirst().template()).isEmpty();
    }

    @Test
    void liveHintsComeAtMostTwiceASecond() {
        List<Mat> checkedFrames = new ArrayList<>();
        PhotoChecks counting = new PhotoChecks() {
            @Override
            public PhotoCheck check(Mat bgr) {
                checkedFrames.add(bgr);
                return real.check(bgr);
            }

            @Override
            public EnrolmentResult agree(List<PhotoCheck.Accepted> photos) {
                return real.agree(photos);
            }

            @Override
            public List<DetectedFace> people(Mat bgr) {
                return List.of();
            }

            @Override
            public void close() {
            }
        };
        model = new PhotosViewModel(Optional.of(counting), Runnable::run, Runnable::run, EN, LivenessCheck.Settings.DEFAULT,
                sent::add);
        for (int i = 0; i < 10; i++) { // two seconds at 5 frames a second
            camera("no_face/home.jpg");
        }
        assertThat(checkedFrames).hasSize(4);
        assertThat(Duration.between(T0, now)).isEqualTo(Duration.ofSeconds(2));
    }
}
