package org.examroom.terminal.proctor;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.monitor.FaceCheckListener;
import org.examroom.face.monitor.FaceCheckStatus;
import org.examroom.face.monitor.FaceMonitor;
import org.examroom.face.monitor.FrameSource;
import org.examroom.face.monitor.LatestFrame;
import org.examroom.face.monitor.ProctoringEvent;
import org.examroom.face.vision.Embedding;
import org.examroom.terminal.client.TerminalApi;

/**
 * The face checks while the test screen is open: the camera's frames go to the face monitor (by the figures of the
 * preset named for the applicant, on its own thread), which compares them with the applicant's enrolment; every event
 * it raises, at its start and again at its end, is queued in the {@link EventOutbox} for the controller. Nothing here
 * runs on the caller's thread or waits for the controller: every method returns at once. A pause of the attempt pauses
 * the checks and rests the camera; closing stops both.
 */
public final class TestMonitoring implements AutoCloseable {

    private final FaceMonitor monitor;
    private final Optional<CameraFeed> camera;
    private final LatestFrame latest;
    /** Starts and stops the camera in the order asked, without holding up the caller while a frame is in hand. */
    private final ExecutorService cameraControl = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("face-checks-camera-control").unstarted(r));
    private final StatusWatch statuses;
    private final ProctoringPolicy policy;
    private CameraFeed.Watch watch;

    private TestMonitoring(StatusWatch statuses, FrameSource frames, FaceChecks.Available checks, ProctoringPolicy policy,
            Embedding template, EventOutbox outbox, Clock clock, Optional<CameraFeed> camera, LatestFrame latest) {
        this.statuses = statuses;
        this.policy = policy;
        this.camera = camera;
        this.latest = latest;
        FaceCheckListener listener = new FaceCheckListener() {
            @Override
            public void onEvent(ProctoringEvent event) {
                outbox.offer(wire(event));
            }

            @Override
            public void onStatus(FaceCheckStatus status) {
                statuses.seen(status);
            }
        };
        // The listener only queues, so it runs on the monitoring thread itself.
        this.monitor = FaceMonitor.start(checks.models(), template, frames, policy, clock, listener, Runnable::run);
    }

    /**
     * Starts checking the station camera's frames against the enrolment.
     *
     * @param policy   the figures this applicant is monitored by: the preset the controller names for them, not
     *                 necessarily the one the photo checks were opened with
     * @param statuses told (on the monitoring thread) when checks start, become unavailable, pause or stop
     */
    public static TestMonitoring start(FaceChecks.Available checks, ProctoringPolicy policy, Embedding template,
            CameraFeed camera, EventOutbox outbox, Clock clock, Consumer<FaceCheckStatus> statuses) {
        LatestFrame latest = new LatestFrame();
        TestMonitoring monitoring = new TestMonitoring(new StatusWatch(statuses), latest, checks, policy, template, outbox,
                clock, Optional.of(camera), latest);
        monitoring.cameraControl.execute(monitoring::watchCamera);
        return monitoring;
    }

    /** Starts checking frames from a source of the caller's (scripted frames in tests, a recording). */
    public static TestMonitoring start(FaceChecks.Available checks, ProctoringPolicy policy, Embedding template,
            FrameSource frames, EventOutbox outbox, Clock clock, Consumer<FaceCheckStatus> statuses) {
        return new TestMonitoring(new StatusWatch(statuses), frames, checks, policy, template, outbox, clock, Optional.empty(),
                null);
    }

    /**
     * An event as the controller takes it. The snapshot rides on the report of the start, the frame that started the
     * event; the report of the end carries none, since the controller already keeps that picture as evidence.
     */
    static TerminalApi.Event wire(ProctoringEvent event) {
        Optional<byte[]> snapshot = event.end().isEmpty() && !event.snapshot().isEmpty()
                ? Optional.of(event.snapshot().bytes()) : Optional.empty();
        return new TerminalApi.Event(event.kind().name(), event.start(), event.end(), Optional.of(event.confidence()),
                snapshot);
    }

    private void watchCamera() {
        if (watch == null) {
            watch = camera.map(c -> c.watch(frame -> latest.offer(frame.image(), frame.capturedAt()), "face-checks-camera"))
                    .orElse(null);
        }
    }

    private void stopCamera() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    /** The attempt is paused: open events end now, nothing is checked and the camera rests until {@link #resume()}. */
    public void pause() {
        monitor.pause();
        control(this::stopCamera);
    }

    /**
     * Pauses and waits until the ends of the open events are queued: before the attempt is finished on the
     * controller, which takes no events after that.
     */
    public boolean pauseAndWait(Duration timeout) throws InterruptedException {
        pause();
        return statuses.await(FaceCheckStatus.Paused.class, timeout);
    }

    /** The attempt goes on after a pause. */
    public void resume() {
        control(this::watchCamera);
        monitor.resume();
    }

    /** The figures this monitoring goes by. */
    public ProctoringPolicy policy() {
        return policy;
    }

    /** The applicant's absence so far, against the exam's absence budget. */
    public Duration absenceSoFar() {
        return monitor.absenceSoFar();
    }

    /** Stops checking: open events end now and their ends are queued. */
    @Override
    public void close() {
        control(this::stopCamera);
        cameraControl.shutdown();
        monitor.close();
    }

    /** Waits, after {@link #close()}, until the monitor has queued its last events. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return monitor.awaitStopped(timeout);
    }

    private void control(Runnable action) {
        try {
            cameraControl.execute(action);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // closed: the camera is stopped already
        }
    }

    /** The latest status, passed on to the terminal, and waited for by {@link #pauseAndWait}. */
    private static final class StatusWatch {
        private final Consumer<FaceCheckStatus> next;
        private FaceCheckStatus last;

        StatusWatch(Consumer<FaceCheckStatus> next) {
            this.next = next;
        }

        void seen(FaceCheckStatus status) {
            synchronized (this) {
                last = status;
                notifyAll();
            }
            next.accept(status);
        }

        synchronized boolean await(Class<? extends FaceCheckStatus> kind, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!kind.isInstance(last)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }
}
