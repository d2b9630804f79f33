package org.examroom.face.monitor;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.examroom.common.Failures;
import org.examroom.face.FaceChecksUnavailableException;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.model.ModelStore;
import org.examroom.face.vision.Embedding;
import org.examroom.face.vision.FaceEngine;
import org.examroom.face.vision.Images;

/**
 * Monitoring during the test: at the policy's rate, takes the newest camera frame, checks it and
 * reports events, all on a thread of its own. Nothing here blocks the caller, and nothing the checks
 * do escapes: a failure (models missing, a native error) turns into
 * {@link FaceCheckStatus.Unavailable} while the test goes on, and checking is tried again later.
 */
public final class FaceMonitor implements AutoCloseable {

    /** After a failure to set the checker up, how long before trying again. */
    static final Duration RETRY_SETUP_AFTER = Duration.ofSeconds(30);
    /** Snapshot quality: enough to recognise a person and a scene, about 30–60 KB at 640×480. */
    private static final int SNAPSHOT_QUALITY = 80;

    private static final System.Logger LOG = System.getLogger(FaceMonitor.class.getName());

    private final Supplier<FrameChecker> checkerFactory;
    private final FrameSource source;
    private final ProctoringPolicy policy;
    private final Clock clock;
    private final FaceCheckListener listener;
    private final Executor listenerExecutor;
    private final ViolationTracker tracker;
    private final ScheduledExecutorService thread;

    // Touched only on the monitoring thread.
    private FrameChecker checker;
    private Instant setupFailedAt;
    private Instant lastFrameAt;
    private boolean cameraReportedLost;
    private FaceCheckStatus status;
    private boolean paused;
    private volatile Duration absenceSoFar = Duration.ZERO;

    private FaceMonitor(Supplier<FrameChecker> checkerFactory, FrameSource source, ProctoringPolicy policy, Clock clock,
            FaceCheckListener listener, Executor listenerExecutor) {
        this.checkerFactory = checkerFactory;
        this.source = source;
        this.policy = policy;
        this.clock = clock;
        this.listener = listener;
        this.listenerExecutor = listenerExecutor;
        this.tracker = new ViolationTracker(policy);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "examroom-face-checks");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts monitoring with a checker made (on the monitoring thread) by {@code checkerFactory}.
     *
     * @param listenerExecutor where the listener is called, e.g. {@code Platform::runLater}
     */
    public static FaceMonitor start(Supplier<FrameChecker> checkerFactory, FrameSource source, ProctoringPolicy policy,
            Clock clock, FaceCheckListener listener, Executor listenerExecutor) {
        FaceMonitor monitor = new FaceMonitor(checkerFactory, source, policy, clock, listener, listenerExecutor);
        long periodNanos = policy.checkInterval().toNanos();
        monitor.thread.execute(() -> monitor.lastFrameAt = clock.instant());
        monitor.thread.scheduleAtFixedRate(monitor::tick, periodNanos, periodNanos, TimeUnit.NANOSECONDS);
        return monitor;
    }

    /** Starts monitoring with the models from the store, compared against the applicant's enrolment. */
    public static FaceMonitor start(ModelStore models, Embedding template, FrameSource source, ProctoringPolicy policy,
            Clock clock, FaceCheckListener listener, Executor listenerExecutor) {
        return start(() -> new FaceFrameChecker(new FaceEngine(models.require(), policy.detection().partialScore(),
                policy.detection().monitoringMaxSide()),
                template, policy.detection()), source, policy, clock, listener, listenerExecutor);
    }

    private void tick() {
        if (paused) {
            return;
        }
        Instant now = clock.instant();
        try {
            if (checker == null) {
                if (setupFailedAt != null && Duration.between(setupFailedAt, now).compareTo(RETRY_SETUP_AFTER) < 0) {
                    return;
                }
                checker = checkerFactory.get();
                setupFailedAt = null;
            }
        } catch (Throwable failure) {
            setupFailedAt = now;
            unavailable("face checks could not start", failure);
            return;
        }
        Optional<CapturedFrame> taken;
        try {
            taken = source.takeLatest();
        } catch (Throwable failure) {
            unavailable("the camera's frames could not be read", failure);
            return;
        }
        if (taken.isEmpty()) {
            noFrame(now);
            return;
        }
        CapturedFrame frame = taken.get();
        try {
            lastFrameAt = frame.capturedAt();
            cameraReportedLost = false;
            FrameFindings findings = checker.check(frame.bgr());
            List<ProctoringEvent> events = tracker.observe(findings, frame.capturedAt(),
                    () -> JpegSnapshot.of(Images.jpeg(frame.bgr(), SNAPSHOT_QUALITY)));
            absenceSoFar = tracker.absenceTotal(frame.capturedAt());
            report(new FaceCheckStatus.Running());
            events.forEach(this::deliver);
        } catch (Throwable failure) {
            unavailable("a face check failed", failure);
        } finally {
            frame.bgr().release();
        }
    }

    private void noFrame(Instant now) {
        if (!cameraReportedLost && Duration.between(lastFrameAt, now).compareTo(policy.camera().noFramesAfter()) >= 0) {
            cameraReportedLost = true;
            tracker.observeNoFrames(lastFrameAt, now).forEach(this::deliver);
        }
    }

    private void unavailable(String what, Throwable failure) {
        if (failure instanceof VirtualMachineError error && !(failure instanceof OutOfMemoryError)) {
            throw error;
        }
        String reason = what + ": " + Failures.rootMessage(failure);
        if (!(status instanceof FaceCheckStatus.Unavailable)) {
            if (failure instanceof FaceChecksUnavailableException) {
                LOG.log(Level.WARNING, "Face checks unavailable: {0}", reason); // expected and fully described
            } else {
                LOG.log(Level.WARNING, "Face checks unavailable: " + reason, failure);
            }
        }
        report(new FaceCheckStatus.Unavailable(reason));
    }

    private void report(FaceCheckStatus next) {
        if (next.equals(status)) {
            return;
        }
        status = next;
        listenerExecutor.execute(() -> {
            try {
                listener.onStatus(next);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A face check listener failed on a status", e);
            }
        });
    }

    private void deliver(ProctoringEvent event) {
        listenerExecutor.execute(() -> {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A face check listener failed on an event", e);
            }
        });
    }

    /**
     * Pauses monitoring (the supervisor paused the attempt): ends every open event now and reports
     * {@link FaceCheckStatus.Paused}; no frame is checked until {@link #resume()}. The absence so far is kept,
     * so the exam's absence budget counts across pauses. Returns at once.
     */
    public void pause() {
        onMonitoringThread(() -> {
            if (paused) {
                return;
            }
            paused = true;
            tracker.finish(clock.instant()).forEach(this::deliver);
            report(new FaceCheckStatus.Paused());
        });
    }

    /**
     * Resumes after {@link #pause()}: frames from before the pause are dropped and the camera gets the policy's
     * time again before it counts as lost. Returns at once.
     */
    public void resume() {
        onMonitoringThread(() -> {
            if (!paused) {
                return;
            }
            paused = false;
            lastFrameAt = clock.instant();
            cameraReportedLost = false;
            source.takeLatest().ifPresent(stale -> stale.bgr().release());
        });
    }

    private void onMonitoringThread(Runnable action) {
        try {
            thread.execute(action);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // closed already: nothing to pause or resume
        }
    }

    /**
     * Stops monitoring: ends every open event now, reports {@link FaceCheckStatus.Stopped}, and lets the
     * monitoring thread finish. Returns at once.
     */
    @Override
    public void close() {
        if (thread.isShutdown()) {
            return;
        }
        thread.execute(() -> {
            tracker.finish(clock.instant()).forEach(this::deliver);
            report(new FaceCheckStatus.Stopped());
        });
        thread.shutdown();
    }

    /**
     * The applicant's absence so far in this attempt, as of the last checked frame: what the screen or
     * the console shows against the exam's absence budget. Safe to call from any thread.
     */
    public Duration absenceSoFar() {
        return absenceSoFar;
    }

    /** Waits for the monitoring thread to finish after {@link #close()}; for tools and tests. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return thread.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
}
