package org.examroom.terminal.screen.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.examroom.common.i18n.Messages;
import org.examroom.common.proctoring.ProctoringPreset;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.enrol.LivenessCheck;
import org.examroom.face.model.ModelStore;
import org.examroom.face.vision.Images;
import org.examroom.hardware.camera.Frame;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.proctor.CameraFeed;
import org.examroom.terminal.proctor.FaceChecks;
import org.examroom.terminal.proctor.FaceSetup;
import org.examroom.terminal.proctor.SharedFaces;
import org.examroom.terminal.proctor.StillCamera;
import org.examroom.terminal.screen.photos.PhotosViewModel;
import org.examroom.terminal.screen.test.TestViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * The face checks as the applicant meets them, through the flow without the toolkit: a thread plays the UI thread,
 * a camera plays what the test puts in front of it, and a controller in memory records the events it receives.
 */
class FaceChecksInTheFlowTest {

    @TempDir
    Path data;
    @TempDir
    Path emptyModels;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("ui").unstarted(r));
    private final ExecutorService photoWork = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("photo-checks").unstarted(r));
    private final Messages messages = TerminalApp.messages(Locale.ENGLISH);
    private final FakeController controller = new FakeController(FlowViewTest.ITEMS, Instant.now().minusSeconds(60));
    private ApplicantFlow flow;
    private LoopCamera camera;

    @AfterEach
    void close() {
        if (flow != null) {
            onUi(() -> {
                flow.close();
                return null;
            });
        }
        if (camera != null) {
            camera.stop();
        }
        ui.shutdownNow();
        photoWork.shutdownNow();
    }

    @Test
    void withoutModelsThePhotosAreTakenUncheckedAndTheControllerIsToldOnce() {
        FaceChecks checks = FaceChecks.open(new ModelStore(emptyModels), ProctoringPolicy.IN_ROOM);
        assertThat(checks).isInstanceOf(FaceChecks.Unavailable.class);
        flow = new ApplicantFlow(data, controller, Runnable::run, ui, Clock.systemUTC(), System::nanoTime, messages,
                new FaceSetup(checks, StillCamera.greyDesk(), photoWork));
        toThePhotos();
        PhotosViewModel photos = onUi(flow::photos);
        assertThat(onUi(() -> photos.checkedProperty().get())).isFalse();
        assertThat(onUi(() -> photos.guidanceProperty().get())).startsWith("Face checks are not available on this terminal");
        for (int i = 0; i < PhotosViewModel.SHOTS; i++) {
            assertThat(onUi(photos::take)).isTrue();
        }
        toTheTest(photos);

        assertThat(onUi(flow::monitoring)).isFalse();
        onUi(() -> {
            flow.reportSetup(1);
            return null;
        });
        eventually("the note reached the controller", () -> !controller.events.isEmpty());
        sleep(300);
        assertThat(controller.events).extracting(TerminalApi.Event::kind).containsExactly("FACE_CHECKS_UNAVAILABLE");
    }

    @Test
    void checkedPhotosThenMonitoringReportsTheEmptyChairIsPausedWithTheAttemptAndStopsAtTheEnd() {
        FaceChecks checks = FaceChecks.open(new ModelStore(SharedFaces.models()), ProctoringPolicy.IN_ROOM);
        assertThat(checks).isInstanceOf(FaceChecks.Available.class);
        camera = new LoopCamera(SharedFaces.photo("deepface_pairs/img1.jpg"));
        // No shared photo turns its head 25° each way: here a liveness step that any face in view passes.
        LivenessCheck.Settings anyFace = new LivenessCheck.Settings(-90, Duration.ofSeconds(15));
        flow = new ApplicantFlow(data, controller, Runnable::run, ui, Clock.systemUTC(), System::nanoTime, messages,
                new FaceSetup(checks, camera, photoWork, anyFace));
        toThePhotos();
        PhotosViewModel photos = onUi(flow::photos);
        assertThat(onUi(() -> photos.checkedProperty().get())).isTrue();

        show("no_face/home.jpg");
        assertThat(onUi(photos::take)).isTrue();
        eventually("the empty chair checked", () -> !onUi(() -> photos.checkingProperty().get()));
        assertThat(onUi(() -> photos.keptProperty().get())).as("an empty chair is not kept").isZero();
        for (String shot : List.of("img1", "img2", "img4", "img5", "img6")) {
            int before = onUi(() -> photos.keptProperty().get());
            show("deepface_pairs/" + shot + ".jpg");
            assertThat(onUi(photos::take)).isTrue();
            eventually(shot + " kept", () -> onUi(() -> photos.keptProperty().get()) == before + 1);
        }
        eventually("the liveness step passed", () -> onUi(() -> photos.stageProperty().get()) == PhotosViewModel.Stage.READY);
        toTheTest(photos);
        assertThat(onUi(flow::monitoring)).isTrue();
        onUi(() -> {
            flow.reportSetup(1);
            return null;
        });

        show("no_face/home.jpg"); // the applicant leaves the desk
        eventually("the absence reached the controller", () -> controller.events.size() == 1);
        show("deepface_pairs/img7.jpg"); // and comes back
        eventually("its end reached the controller", () -> controller.events.size() == 2);

        controller.paused = true;
        TestViewModel test = onUi(() -> flow.testProperty().get());
        eventually("paused", () -> onUi(() -> test.pausedProperty().get()));
        camera.show(SharedFaces.photo("no_face/home.jpg")); // away during the pause: not an absence
        sleep(500);
        long framesInThePause = camera.delivered.get();
        sleep(4000);
        assertThat(camera.delivered.get()).as("the camera rests during the pause").isEqualTo(framesInThePause);
        camera.show(SharedFaces.photo("deepface_pairs/img7.jpg"));
        controller.paused = false;
        eventually("resumed", () -> !onUi(() -> test.pausedProperty().get()));
        show("deepface_pairs/img7.jpg"); // the camera is watched again

        onUi(() -> {
            flow.confirmFinish();
            return null;
        });
        eventually("finished", () -> onUi(flow::screen) == Screen.DONE);
        long framesAtTheEnd = camera.delivered.get();
        sleep(1000);
        assertThat(camera.delivered.get()).as("the camera is no longer watched").isEqualTo(framesAtTheEnd);
        assertThat(controller.events).extracting(TerminalApi.Event::kind, e -> e.end().isPresent(), e -> e.snapshot().isPresent())
                .containsExactly(tuple("FACE_ABSENT", false, true), tuple("FACE_ABSENT", true, false));
        assertThat(controller.state).isEqualTo("SUBMITTED");
    }

    @Test
    void aTerminalRestartedMidTestEnrolsAgainFromThePhotosTheControllerKeepsAndMonitorsByTheApplicantsPreset() {
        FaceChecks checks = FaceChecks.open(new ModelStore(SharedFaces.models()), ProctoringPolicy.IN_ROOM);
        assertThat(checks).isInstanceOf(FaceChecks.Available.class);
        // The terminal took these five before it restarted; the controller kept them, the terminal nothing.
        for (String shot : List.of("img1", "img2", "img4", "img5", "img6")) {
            controller.photos.add(Images.jpeg(SharedFaces.photo("deepface_pairs/" + shot + ".jpg"), 90));
        }
        controller.state = "IN_PROGRESS";
        controller.proctoring = ProctoringPreset.REMOTE;
        camera = new LoopCamera(SharedFaces.photo("deepface_pairs/img7.jpg"));
        flow = new ApplicantFlow(data, controller, Runnable::run, ui, Clock.systemUTC(), System::nanoTime, messages,
                new FaceSetup(checks, camera, photoWork));
        onUi(() -> {
            flow.paired("1-2", Optional.of("101"));
            return null;
        });
        eventually("straight back into the test", () -> onUi(flow::screen) == Screen.TEST);
        onUi(() -> {
            flow.reportSetup(1); // as the window does when the test opens, while the enrolment may still be under way
            return null;
        });
        eventually("monitoring again", () -> onUi(flow::monitoring));
        assertThat(controller.photoFetches).hasValue(1);
        assertThat(onUi(flow::monitoringPolicy)).as("the exam's preset, not the photo checks'").contains(ProctoringPolicy.REMOTE);

        TestViewModel test = onUi(() -> flow.testProperty().get());
        eventually("paused for the restart", () -> onUi(() -> test.pausedProperty().get()));
        controller.resume(); // the supervisor confirms
        eventually("going on", () -> !onUi(() -> test.pausedProperty().get()));
        show("deepface_pairs/img7.jpg");
        show("no_face/home.jpg"); // the applicant leaves the desk
        eventually("the absence reached the controller", () -> controller.events.size() == 1);
        show("deepface_pairs/img10.jpg"); // and comes back
        eventually("its end reached the controller", () -> controller.events.size() == 2);
        assertThat(controller.events).extracting(TerminalApi.Event::kind, e -> e.end().isPresent())
                .as("no FACE_CHECKS_UNAVAILABLE: the face checks run")
                .containsExactly(tuple("FACE_ABSENT", false), tuple("FACE_ABSENT", true));
    }

    @Test
    void aRestartedTerminalWhosePhotosDoNotEnrolSaysFaceChecksAreUnavailableOnceAndGoesOn() {
        FaceChecks checks = FaceChecks.open(new ModelStore(SharedFaces.models()), ProctoringPolicy.IN_ROOM);
        assertThat(checks).isInstanceOf(FaceChecks.Available.class);
        byte[] dark = Images.jpeg(new Mat(48, 64, CvType.CV_8UC3, Scalar.all(0)), 90);
        controller.photos.addAll(List.of(dark, dark, dark));
        controller.state = "IN_PROGRESS";
        flow = new ApplicantFlow(data, controller, Runnable::run, ui, Clock.systemUTC(), System::nanoTime, messages,
                new FaceSetup(checks, StillCamera.greyDesk(), photoWork));
        onUi(() -> {
            flow.paired("1-2", Optional.of("101"));
            return null;
        });
        eventually("straight back into the test", () -> onUi(flow::screen) == Screen.TEST);
        onUi(() -> {
            flow.reportSetup(1);
            return null;
        });
        eventually("the note reached the controller", () -> !controller.events.isEmpty());
        sleep(500);
        assertThat(controller.events).extracting(TerminalApi.Event::kind).containsExactly("FACE_CHECKS_UNAVAILABLE");
        assertThat(onUi(flow::monitoring)).isFalse();
        assertThat(controller.photoFetches).hasValue(1);
        assertThat(onUi(flow::screen)).as("the test goes on without them").isEqualTo(Screen.TEST);
    }

    /** From the seat, with the key, through the rules, to the photos screen. */
    private void toThePhotos() {
        onUi(() -> {
            flow.paired("1-2", Optional.of("101"));
            flow.openKeyEntry();
            flow.keyEntry().keyProperty().set(FakeController.KEY);
            flow.keyEntry().submit();
            return null;
        });
        eventually("the rules", () -> onUi(flow::screen) == Screen.RULES);
        onUi(() -> {
            flow.rulesProperty().set(true);
            flow.consentProperty().set(true);
            flow.acceptRules();
            return null;
        });
        eventually("the photos", () -> onUi(flow::screen) == Screen.PHOTOS);
    }

    private void toTheTest(PhotosViewModel photos) {
        assertThat(onUi(photos::send)).isTrue();
        eventually("waiting for the start", () -> onUi(flow::screen) == Screen.WAITING);
        eventually("the variant is here", () -> onUi(() -> flow.variantReadyProperty().get()));
        onUi(() -> {
            flow.begin();
            return null;
        });
        eventually("the test", () -> onUi(flow::screen) == Screen.TEST);
    }

    /** Puts the photo in front of the camera and waits until the camera has shown it. */
    private void show(String photo) {
        camera.show(SharedFaces.photo(photo));
        long shown = camera.delivered.get();
        eventually("the camera shows " + photo, () -> camera.delivered.get() >= shown + 2);
    }

    private <T> T onUi(Callable<T> read) {
        try {
            return ui.submit(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as(what).isTrue();
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A camera at 10 frames a second showing whatever the test holds in front of it. */
    static final class LoopCamera implements CameraFeed {
        private final AtomicReference<Mat> scene = new AtomicReference<>();
        final AtomicLong delivered = new AtomicLong();
        private volatile boolean stopped;

        LoopCamera(Mat first) {
            scene.set(first);
        }

        void show(Mat next) {
            scene.set(next);
        }

        void stop() {
            stopped = true;
        }

        @Override
        public boolean present() {
            return true;
        }

        @Override
        public Watch watch(Consumer<Frame> frames, String threadName) {
            AtomicReference<Boolean> watching = new AtomicReference<>(true);
            Thread thread = Thread.ofPlatform().daemon().name(threadName).start(() -> {
                while (watching.get() && !stopped) {
                    try (Frame frame = new Frame(scene.get().clone(), Instant.now())) {
                        frames.accept(frame);
                    }
                    delivered.incrementAndGet();
                    sleep(100);
                }
            });
            return () -> {
                watching.set(false);
                try {
                    thread.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }
    }
}
