package org.examroom.terminal.proctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.enrol.EnrolmentResult;
import org.examroom.face.enrol.PhotoCheck;
import org.examroom.face.model.ModelStore;
import org.examroom.face.monitor.CapturedFrame;
import org.examroom.face.monitor.FaceCheckStatus;
import org.examroom.face.monitor.FrameSource;
import org.examroom.face.vision.Embedding;
import org.examroom.terminal.client.TerminalApi;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

/**
 * Monitoring on the terminal's side: scripted camera frames through the real face checks, and the exact events the
 * controller receives, with a spell without the controller in the middle.
 */
class TestMonitoringTest {

    private static final Instant T0 = Instant.parse("2026-07-15T07:00:00Z");
    /** As fast as the machine checks, so a scripted quarter of a minute plays in seconds; frames carry their own times. */
    private static final ProctoringPolicy FAST = ProctoringPolicy.IN_ROOM.withChecksPerSecond(30);

    /** Frames played in order, each 500 ms after the one before, as a camera checked twice a second gives them. */
    private static final class Script implements FrameSource {
        private final Deque<CapturedFrame> frames = new ArrayDeque<>();
        private Instant next = T0;

        Script add(String photo, int count) {
            Mat frame = SharedFaces.photo(photo);
            for (int i = 0; i < count; i++) {
                frames.add(new CapturedFrame(frame.clone(), next));
                next = next.plusMillis(500);
            }
            frame.release();
            return this;
        }

        @Override
        public synchronized Optional<CapturedFrame> takeLatest() {
            return Optional.ofNullable(frames.poll());
        }

        synchronized boolean done() {
            return frames.isEmpty();
        }
    }

    private static Embedding enrol(FaceChecks.Available checks) {
        try (PhotoChecks photos = checks.photoChecks()) {
            List<PhotoCheck.Accepted> accepted = List.of("deepface_pairs/img1.jpg", "deepface_pairs/img2.jpg",
                    "deepface_pairs/img4.jpg", "deepface_pairs/img5.jpg", "deepface_pairs/img6.jpg").stream()
                    .map(name -> (PhotoCheck.Accepted) photos.check(SharedFaces.photo(name))).toList();
            return ((EnrolmentResult.Enrolled) photos.agree(accepted)).template();
        }
    }

    @Test
    void applicantEmptyChairSecondPersonSendExactlyTheirEventsInOrderThroughACut() throws Exception {
        FaceChecks.Available checks = (FaceChecks.Available) FaceChecks.open(new ModelStore(SharedFaces.models()), FAST);
        Embedding applicant = enrol(checks);
        Script script = new Script()
                .add("deepface_pairs/img7.jpg", 6)                 // the applicant, 3 s
                .add("no_face/home.jpg", 10)                       // the empty chair, 5 s
                .add("deepface_pairs/img10.jpg", 6)                // the applicant again, 3 s
                .add("two_or_more_people/deepface_couple.jpg", 4)  // a second person beside them, 2 s
                .add("deepface_pairs/img11.jpg", 4);               // the applicant alone, 2 s
        FakeEvents controller = new FakeEvents();
        controller.unreachableCalls = 2; // the controller is away when the first event comes
        List<FaceCheckStatus> statuses = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        List<Thread> statusThreads = new CopyOnWriteArrayList<>();

        try (EventOutbox outbox = new EventOutbox(controller, Duration.ofMillis(50))) {
            TestMonitoring monitoring = TestMonitoring.start(checks, checks.policy(), applicant, script, outbox,
                    Clock.fixed(T0, ZoneOffset.UTC), status -> {
                        statuses.add(status);
                        statusThreads.add(Thread.currentThread());
                    });
            waitFor(script::done);
            monitoring.close();
            assertThat(monitoring.awaitStopped(Duration.ofSeconds(10))).isTrue();
            assertThat(outbox.awaitSent(Duration.ofSeconds(10))).isTrue();
        }

        assertThat(controller.accepted).extracting(TerminalApi.Event::kind, TerminalApi.Event::start, TerminalApi.Event::end)
                .containsExactly(
                        tuple("FACE_ABSENT", T0.plusSeconds(3), Optional.empty()),
                        tuple("FACE_ABSENT", T0.plusSeconds(3), Optional.of(T0.plusSeconds(8))),
                        tuple("MULTIPLE_PEOPLE", T0.plusSeconds(11), Optional.empty()),
                        tuple("MULTIPLE_PEOPLE", T0.plusSeconds(11), Optional.of(T0.plusSeconds(13))));
        assertThat(controller.calls.get()).as("the first event tried again until the controller was back").isEqualTo(2 + 4);
        assertThat(controller.accepted).allSatisfy(e ->
                assertThat(e.confidence()).hasValueSatisfying(c -> assertThat(c).isBetween(0.5, 1.0)));
        // The start carries the frame that started it; the end does not send the picture again.
        assertThat(controller.accepted.get(0).snapshot()).hasValueSatisfying(jpeg -> assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8));
        assertThat(controller.accepted.get(2).snapshot()).hasValueSatisfying(jpeg -> assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8));
        assertThat(controller.accepted.get(1).snapshot()).isEmpty();
        assertThat(controller.accepted.get(3).snapshot()).isEmpty();
        assertThat(statuses).containsExactly(new FaceCheckStatus.Running(), new FaceCheckStatus.Stopped());
        assertThat(statusThreads).doesNotContain(caller);
    }

    @Test
    void missingModelsAtTheStartOfTheTestAreAStatusNotAnEvent(@org.junit.jupiter.api.io.TempDir java.nio.file.Path emptied)
            throws Exception {
        // The models were there when the terminal started and are gone when the test opens.
        FaceChecks.Available checks = new FaceChecks.Available(new ModelStore(emptied), null, FAST);
        FakeEvents controller = new FakeEvents();
        List<FaceCheckStatus> statuses = new CopyOnWriteArrayList<>();
        try (EventOutbox outbox = new EventOutbox(controller, Duration.ofMillis(50))) {
            TestMonitoring monitoring = TestMonitoring.start(checks, checks.policy(), Embedding.of(new float[] {1, 0}), Optional::empty,
                    outbox, Clock.systemUTC(), statuses::add);
            waitFor(() -> !statuses.isEmpty());
            monitoring.close();
            assertThat(monitoring.awaitStopped(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(statuses.getFirst()).isInstanceOfSatisfying(FaceCheckStatus.Unavailable.class,
                u -> assertThat(u.reason()).contains("face_detection_yunet_2023mar.onnx: missing"));
        assertThat(controller.accepted).isEmpty();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("reached within a minute").isTrue();
    }
}
