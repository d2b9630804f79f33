package org.examroom.launcher.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examroom.launcher.terminal.LiveRoom.eventually;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.examroom.common.i18n.Messages;
import org.examroom.common.proctoring.ProctoringPreset;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.enrol.LivenessCheck;
import org.examroom.face.model.ModelStore;
import org.examroom.face.vision.Images;
import org.examroom.hardware.camera.Frame;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.client.Credential;
import org.examroom.terminal.client.HttpPairingService;
import org.examroom.terminal.client.PairingService;
import org.examroom.terminal.proctor.CameraFeed;
import org.examroom.terminal.proctor.FaceChecks;
import org.examroom.terminal.proctor.FaceSetup;
import org.examroom.terminal.screen.flow.ApplicantFlow;
import org.examroom.terminal.screen.flow.Screen;
import org.examroom.terminal.screen.photos.PhotosViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;

/**
 * Face monitoring against a real controller over HTTPS, on the shared models and photos ({@code ../shared} through
 * {@code examroom.shared}; skipped with a message without them): the exam's preset reaches the terminal, the checked
 * photos go to the controller, monitoring runs by that preset, and a terminal restarted in the middle of the test
 * enrols again from the photos the controller kept and monitors on.
 */
class FaceMonitoringWalkTest {

    @TempDir
    Path roomData;
    @TempDir
    Path terminalData;

    Path shared;
    LiveRoom room;
    LiveRoom.Terminal terminal;
    SceneCamera camera;
    FaceSetup face;
    ApplicantFlow flow;
    final ExecutorService ui = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("ui").unstarted(r));
    final ExecutorService io = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().name("io").unstarted(r));
    final ExecutorService photoWork = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("photo-checks").unstarted(r));
    final Messages messages = TerminalApp.messages(Locale.ENGLISH);

    @BeforeEach
    void roomWithARemoteExamAndAPairedTerminal() {
        String property = System.getProperty("examroom.shared");
        assumeTrue(property != null, "examroom.shared is not set: the face monitoring walk needs the shared models and photos");
        shared = Path.of(property);
        assumeTrue(Files.isDirectory(shared.resolve("models")) && Files.isDirectory(shared.resolve("faces")),
                "No models/ and faces/ in " + shared + ": the face monitoring walk is skipped");

        room = new LiveRoom(roomData);
        room.defineExam("remote");
        var outcome = new HttpPairingService(room.uri(), room.trust, c -> c.save(terminalData))
                .pair("T-7F3K2Q", room.pairingCode()).join();
        assertThat(outcome).isInstanceOf(PairingService.Outcome.Paired.class);
        terminal = room.new Terminal(() -> Credential.load(terminalData).orElseThrow().token());

        FaceChecks checks = FaceChecks.open(new ModelStore(shared.resolve("models")), ProctoringPolicy.IN_ROOM);
        assertThat(checks).isInstanceOf(FaceChecks.Available.class);
        camera = new SceneCamera(photo("deepface_pairs/img1.jpg"), room.clock);
        // No shared photo turns its head 25° each way: here a liveness step that any face in view passes.
        face = new FaceSetup(checks, camera, photoWork, new LivenessCheck.Settings(-90, Duration.ofSeconds(15)));
    }

    @AfterEach
    void stop() {
        if (flow != null) {
            onUi(() -> {
                flow.close();
                return null;
            });
        }
        if (camera != null) {
            camera.stop();
        }
        if (room != null) {
            room.close();
        }
        ui.shutdownNow();
        io.shutdownNow();
        photoWork.shutdownNow();
    }

    @Test
    void aTerminalRestartedMidTestEnrolsAgainFromThePhotosTheControllerKeptAndMonitorsByTheExamsPreset() {
        flow = new ApplicantFlow(terminalData, terminal, io, ui, room.clock, System::nanoTime, messages, face);
        toThePhotos();
        PhotosViewModel photos = onUi(flow::photos);
        assertThat(onUi(() -> photos.checkedProperty().get())).isTrue();
        for (String shot : List.of("img1", "img2", "img4", "img5", "img6")) {
            int before = onUi(() -> photos.keptProperty().get());
            show("deepface_pairs/" + shot + ".jpg");
            assertThat(onUi(photos::take)).isTrue();
            eventually(shot + " kept", () -> onUi(() -> photos.keptProperty().get()) == before + 1);
        }
        eventually("the liveness step passed", () -> onUi(() -> photos.stageProperty().get()) == PhotosViewModel.Stage.READY);
        assertThat(onUi(photos::send)).isTrue();
        eventually("waiting for the start", () -> onUi(flow::screen) == Screen.WAITING);
        eventually("the variant is here", () -> onUi(() -> flow.variantReadyProperty().get()));
        room.clock.set(LiveRoom.START);
        onUi(() -> {
            flow.begin();
            return null;
        });
        eventually("the test", () -> onUi(flow::screen) == Screen.TEST);
        assertThat(onUi(() -> flow.session().orElseThrow().proctoring())).isEqualTo(ProctoringPreset.REMOTE);
        assertThat(onUi(flow::monitoring)).as("with the enrolment the photos made").isTrue();
        assertThat(onUi(flow::monitoringPolicy)).contains(ProctoringPolicy.REMOTE);

        // The terminal restarts: nothing of the enrolment is left on it.
        onUi(() -> {
            flow.close();
            return null;
        });
        room.clock.set(LiveRoom.START.plus(Duration.ofMinutes(20)));
        flow = new ApplicantFlow(terminalData, terminal, io, ui, room.clock, System::nanoTime, messages, face);
        Credential credential = Credential.load(terminalData).orElseThrow();
        onUi(() -> {
            flow.paired(credential.seat(), credential.roomId());
            return null;
        });
        eventually("straight back into the test", () -> onUi(flow::screen) == Screen.TEST);
        onUi(() -> {
            flow.reportSetup(1);
            return null;
        });
        eventually("monitoring again, enrolled from the controller's photos", () -> onUi(flow::monitoring));
        assertThat(onUi(flow::monitoringPolicy)).contains(ProctoringPolicy.REMOTE);
        assertThat(auditActions()).contains("photos.fetched");

        assertThat(room.attemptState()).as("the restart waits for the supervisor").isEqualTo("PAUSED");
        room.supervisor("resume", "");
        eventually("going on", () -> !onUi(() -> flow.testProperty().get().pausedProperty().get()));
        show("deepface_pairs/img7.jpg");
        show("no_face/home.jpg"); // the applicant leaves the desk
        eventually("the absence is on the controller's record", () -> proctoringKinds().contains("FACE_ABSENT"));
        assertThat(proctoringKinds()).as("the face checks run after the restart").doesNotContain("FACE_CHECKS_UNAVAILABLE");
    }

    /** From the seat, with the key, through the rules, to the photos screen. */
    private void toThePhotos() {
        Credential credential = Credential.load(terminalData).orElseThrow();
        onUi(() -> {
            flow.paired(credential.seat(), credential.roomId());
            flow.openKeyEntry();
            flow.keyEntry().keyProperty().set(room.key);
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

    private List<String> proctoringKinds() {
        return room.staffGet("/api/v1/attempts/" + LiveRoom.ATTEMPT + "/timeline").getJsonArray("evidence").stream()
                .map(e -> e.asJsonObject()).filter(e -> e.getString("kind").equals("proctoring"))
                .map(e -> e.getJsonObject("details").getString("kind")).toList();
    }

    private List<String> auditActions() {
        return room.staffGet("/api/v1/audit?limit=1000").getJsonArray("entries").stream()
                .map(e -> ((JsonObject) e).getString("action")).toList();
    }

    private Mat photo(String name) {
        try {
            return Images.read(shared.resolve("faces").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the photo in front of the camera and waits until the camera has shown it. */
    private void show(String name) {
        camera.show(photo(name));
        long shown = camera.delivered.get();
        eventually("the camera shows " + name, () -> camera.delivered.get() >= shown + 2);
    }

    private <T> T onUi(Callable<T> read) {
        try {
            return ui.submit(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A camera at 10 frames a second showing whatever the test holds in front of it, its frames stamped with the room's
     * time as it runs on from the moment the test last set it.
     */
    static final class SceneCamera implements CameraFeed {
        private final AtomicReference<Mat> scene = new AtomicReference<>();
        private final java.time.Clock room;
        final AtomicLong delivered = new AtomicLong();
        private volatile boolean stopped;

        SceneCamera(Mat first, java.time.Clock room) {
            scene.set(first);
            this.room = room;
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
                Instant set = room.instant();
                long setNanos = System.nanoTime();
                while (watching.get() && !stopped) {
                    if (!room.instant().equals(set)) { // the test moved the room's clock
                        set = room.instant();
                        setNanos = System.nanoTime();
                    }
                    try (Frame frame = new Frame(scene.get().clone(), set.plusNanos(System.nanoTime() - setNanos))) {
                        frames.accept(frame);
                    }
                    delivered.incrementAndGet();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
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
