package org.examroom.face.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.SharedFaces;
import org.examroom.face.enrol.Enroller;
import org.examroom.face.enrol.EnrolmentResult;
import org.examroom.face.model.ModelStore;
import org.examroom.face.vision.Embedding;
import org.examroom.face.vision.FaceEngine;
import org.examroom.face.vision.Images;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.Mat;

class FaceMonitorTest {

    private static final Instant T0 = Instant.parse("2026-07-15T07:00:00Z");
    /** Checks as fast as the machine allows, so a scripted minute plays in seconds; frames carry their own times. */
    private static final ProctoringPolicy FAST = ProctoringPolicy.IN_ROOM.withChecksPerSecond(30);

    private final List<ProctoringEvent> events = new CopyOnWriteArrayList<>();
    private final List<FaceCheckStatus> statuses = new CopyOnWriteArrayList<>();
    private final List<String> checkThreads = Collections.synchronizedList(new ArrayList<>());
    private final FaceCheckListener listener = new FaceCheckListener() {
        @Override
        public void onEvent(ProctoringEvent event) {
            events.add(event);
        }

        @Override
        public void onStatus(FaceCheckStatus status) {
            statuses.add(status);
        }
    };

    /** Frames played in order, each 500 ms after the one before, as a 2-per-second camera would be checked. */
    private static final class Script implements FrameSource {
        private final Deque<CapturedFrame> frames = new ArrayDeque<>();
        private Instant next = T0;

        Script add(Mat frame, int count) {
            for (int i = 0; i < count; i++) {
                frames.add(new CapturedFrame(frame.clone(), next));
                next = next.plusMillis(500);
            }
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

    @org.junit.jupiter.api.BeforeAll
    static void loadNatives() {
        org.examroom.face.vision.OpenCvNatives.load();
    }

    private static Mat photo(String name) throws IOException {
        return Images.read(SharedFaces.faces().resolve(name));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within a minute").isTrue();
    }

    /** The in-room preset detects at 320 px, the remote one at 640: the script raises the same events at both. */
    @ParameterizedTest(name = "monitoring detection at {0} px")
    @ValueSource(ints = {320, 640})
    void applicantEmptyChairSecondPersonAnotherPersonRaiseExactlyTheExpectedEvents(int maxSide) throws Exception {
        assertThat(List.of(ProctoringPolicy.IN_ROOM.detection().monitoringMaxSide(), ProctoringPolicy.REMOTE.detection().monitoringMaxSide()))
                .containsExactly(320, 640);
        FaceEngine engine = new FaceEngine(SharedFaces.installedModels(), FAST.detection().partialScore());
        Embedding applicant = ((EnrolmentResult.Enrolled) new Enroller(engine, FAST).enrol(List.of(
                photo("deepface_pairs/img1.jpg"), photo("deepface_pairs/img2.jpg"), photo("deepface_pairs/img4.jpg"),
                photo("deepface_pairs/img5.jpg"), photo("deepface_pairs/img6.jpg")))).template();
        Script script = new Script()
                .add(photo("deepface_pairs/img7.jpg"), 6)              // the applicant, 3 s
                .add(photo("no_face/home.jpg"), 10)                    // empty chair, 5 s
                .add(photo("deepface_pairs/img10.jpg"), 6)             // the applicant again, 3 s
                .add(photo("two_or_more_people/deepface_couple.jpg"), 4) // a second person, 2 s
                .add(photo("deepface_pairs/img11.jpg"), 4)             // the applicant, 2 s
                .add(photo("deepface_pairs/img13.jpg"), 10);           // another person, 5 s
        FaceEngine monitoring = new FaceEngine(SharedFaces.installedModels(), FAST.detection().partialScore(), maxSide);
        FrameChecker real = new FaceFrameChecker(monitoring, applicant, FAST.detection());
        FrameChecker recordingThread = frame -> {
            checkThreads.add(Thread.currentThread().getName());
            return real.check(frame);
        };

        FaceMonitor monitor = FaceMonitor.start(() -> recordingThread, script, FAST, Clock.fixed(T0, ZoneOffset.UTC), listener, Runnable::run);
        waitFor(script::done);
        monitor.close();
        assertThat(monitor.awaitStopped(Duration.ofSeconds(10))).isTrue();

        assertThat(events).extracting(ProctoringEvent::kind, e -> e.end().isPresent()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventKind.FACE_ABSENT, false),
                org.assertj.core.groups.Tuple.tuple(EventKind.FACE_ABSENT, true),
                org.assertj.core.groups.Tuple.tuple(EventKind.MULTIPLE_PEOPLE, false),
                org.assertj.core.groups.Tuple.tuple(EventKind.MULTIPLE_PEOPLE, true),
                org.assertj.core.groups.Tuple.tuple(EventKind.DIFFERENT_PERSON, false),
                org.assertj.core.groups.Tuple.tuple(EventKind.DIFFERENT_PERSON, true));
        ProctoringEvent.FaceAbsent absence = (ProctoringEvent.FaceAbsent) events.get(1);
        assertThat(absence.start()).isEqualTo(T0.plusSeconds(3));
        assertThat(absence.end()).contains(T0.plusSeconds(8));
        assertThat(absence.absenceTotal()).isEqualTo(Duration.ofSeconds(5));
        assertThat(monitor.absenceSoFar()).isEqualTo(Duration.ofSeconds(5));
        assertThat(((ProctoringEvent.MultiplePeople) events.get(3)).people()).isEqualTo(2);
        assertThat(events.get(4).start()).isAfterOrEqualTo(T0.plusSeconds(15));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.snapshot().bytes()).startsWith((byte) 0xFF, (byte) 0xD8); // JPEG
            assertThat(e.confidence()).isBetween(0.5, 1.0);
        });
        assertThat(statuses).containsExactly(new FaceCheckStatus.Running(), new FaceCheckStatus.Stopped());
        assertThat(checkThreads).isNotEmpty().allMatch("examroom-face-checks"::equals);
    }

    @Test
    void aCheckerThatCrashesMakesChecksUnavailableAndTheyComeBack() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        FrameChecker flaky = frame -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("native error in the detector");
            }
            return FrameFindings.applicant(0.8);
        };
        Mat frame = new Mat(48, 64, org.opencv.core.CvType.CV_8UC3);
        Script script = new Script().add(frame, 4);
        String caller = Thread.currentThread().getName();

        FaceMonitor monitor = FaceMonitor.start(() -> flaky, script, FAST, Clock.fixed(T0, ZoneOffset.UTC), listener, Runnable::run);
        waitFor(script::done);
        monitor.close();
        assertThat(monitor.awaitStopped(Duration.ofSeconds(10))).isTrue();

        assertThat(statuses).containsExactly(new FaceCheckStatus.Running(),
                new FaceCheckStatus.Unavailable("a face check failed: native error in the detector"),
                new FaceCheckStatus.Running(), new FaceCheckStatus.Stopped());
        assertThat(calls.get()).isEqualTo(4);
        assertThat(Thread.currentThread().getName()).isEqualTo(caller);
    }

    @Test
    void missingModelsAreReportedAsUnavailableNotThrown(@TempDir Path empty) throws Exception {
        Script script = new Script();
        FaceMonitor monitor = FaceMonitor.start(new ModelStore(empty), Embedding.of(new float[] {1, 0}), script, FAST,
                Clock.fixed(T0, ZoneOffset.UTC), listener, Runnable::run);
        waitFor(() -> !statuses.isEmpty());
        monitor.close();
        assertThat(monitor.awaitStopped(Duration.ofSeconds(10))).isTrue();

        assertThat(statuses.getFirst()).isInstanceOfSatisfying(FaceCheckStatus.Unavailable.class, u ->
                assertThat(u.reason()).contains("face checks could not start", "face_detection_yunet_2023mar.onnx: missing"));
        assertThat(statuses.getLast()).isEqualTo(new FaceCheckStatus.Stopped());
    }

    @Test
    void aCameraThatSendsNothingIsReportedLost() throws Exception {
        MutableClock clock = new MutableClock(T0);
        FaceMonitor monitor = FaceMonitor.start(() -> frame -> FrameFindings.applicant(0.8), Optional::empty, FAST, clock, listener, Runnable::run);
        Thread.sleep(200);
        clock.set(T0.plus(FAST.camera().noFramesAfter()).plusSeconds(1));
        waitFor(() -> !events.isEmpty());
        monitor.close();
        assertThat(monitor.awaitStopped(Duration.ofSeconds(10))).isTrue();

        assertThat(events.getFirst()).isInstanceOfSatisfying(ProctoringEvent.CameraBlocked.class, e -> {
            assertThat(e.noFrames()).isTrue();
            assertThat(e.start()).isEqualTo(T0);
        });
    }

    @Test
    void offeringFramesNeverWaitsForAChecks() throws Exception {
        LatestFrame latest = new LatestFrame();
        Mat frame = new Mat(480, 640, org.opencv.core.CvType.CV_8UC3);
        FrameChecker slow = f -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FrameFindings.applicant(0.8);
        };
        FaceMonitor monitor = FaceMonitor.start(() -> slow, latest, FAST, Clock.systemUTC(), listener, Runnable::run);
        long started = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            latest.offer(frame, Instant.now());
            Thread.sleep(10);
        }
        long offeringMillis = (System.nanoTime() - started) / 1_000_000;
        monitor.close();
        assertThat(monitor.awaitStopped(Duration.ofSeconds(10))).isTrue();
        // 30 offers with 10 ms pauses: well under the 9 s that waiting for each 300 ms check would take.
        assertThat(offeringMillis).isLessThan(3000);
    }

    @Test
    void pausingEndsOpenEventsChecksNothingAndKeepsTheAbsenceBudgetAcrossThePause() throws Exception {
        MutableClock clock = new MutableClock(T0.plusSeconds(5));
        AtomicInteger checks = new AtomicInteger();
        FrameChecker nobody = frame -> {
            checks.incrementAndGet();
            return FrameFindings.empty();
        };
        Mat frame = new Mat(48, 64, org.opencv.core.CvType.CV_8UC3);
        Script script = new Script().add(frame, 10); // nobody for 5 s: absent from 3 s on
        FaceMonitor monitor = FaceMonitor.start(() -> nobody, script, FAST, clock, listener, Runnable::run);
        waitFor(script::done);
        monitor.pause();
        waitFor(() -> statuses.contains(new FaceCheckStatus.Paused()));
        int checkedBeforePause = checks.get();
        assertThat(events).extracting(ProctoringEvent::kind, e -> e.end().isPresent()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventKind.FACE_ABSENT, false),
                org.assertj.core.groups.Tuple.tuple(EventKind.FACE_ABSENT, true));
        assertThat(events.get(1).start()).isEqualTo(T0);
        assertThat(events.get(1).end()).as("ended at the pause").contains(T0.plusSeconds(5));

        script.add(frame, 1); // a frame taken during the pause is not looked at, and is dropped on resuming
        Thread.sleep(300);
        assertThat(checks.get()).isEqualTo(checkedBeforePause);

        clock.set(T0.plusSeconds(60));
        script.next = T0.plusSeconds(60);
        monitor.resume();
        script.add(frame, 10); // nobody again after the pause
        waitFor(() -> events.size() == 3);
        monitor.close();
        assertThat(monitor.awaitStopped(Duration.ofSeconds(10))).isTrue();

        assertThat(statuses).containsExactly(new FaceCheckStatus.Running(), new FaceCheckStatus.Paused(),
                new FaceCheckStatus.Running(), new FaceCheckStatus.Stopped());
        assertThat(events).hasSize(4);
        ProctoringEvent.FaceAbsent second = (ProctoringEvent.FaceAbsent) events.get(2);
        assertThat(second.start()).isEqualTo(T0.plusSeconds(60));
        assertThat(second.absenceTotal()).as("the 5 s before the pause and 3 s since").isEqualTo(Duration.ofSeconds(8));
        assertThat(events).noneMatch(e -> e instanceof ProctoringEvent.CameraBlocked);
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
