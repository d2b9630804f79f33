package org.examroom.face.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.vision.HeadPose;

/**
 * Turns what each check saw into proctoring events: a condition becomes an event once it has lasted
 * the policy's time, and the event ends once the condition has been gone for {@code clearAfter}.
 * Pure and single-threaded: it takes the capture time of each frame and never reads a clock.
 */
public final class ViolationTracker {

    private final ProctoringPolicy policy;
    private final Map<EventKind, Track> tracks = new EnumMap<>(EventKind.class);
    private final Deque<Double> identityWindow = new ArrayDeque<>();
    private Duration closedAbsence = Duration.ZERO;

    public ViolationTracker(ProctoringPolicy policy) {
        this.policy = policy;
    }

    /**
     * One checked frame.
     *
     * @param snapshot asked for only when a condition first appears, so most frames are never encoded
     * @return the events that started or ended with this frame
     */
    public List<ProctoringEvent> observe(FrameFindings frame, Instant at, Supplier<JpegSnapshot> snapshot) {
        Map<EventKind, Signal> signals = signals(frame);
        List<ProctoringEvent> changes = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            Signal signal = signals.get(kind);
            if (signal != null) {
                present(kind, signal, at, at, snapshot, changes);
            } else {
                absent(kind, at, changes);
            }
        }
        return changes;
    }

    /**
     * The camera has sent nothing since {@code lastFrameAt} (the caller waited the policy's
     * {@code noFramesAfter}). Other conditions are left as they were: nothing can be seen.
     */
    public List<ProctoringEvent> observeNoFrames(Instant lastFrameAt, Instant now) {
        List<ProctoringEvent> changes = new ArrayList<>();
        present(EventKind.CAMERA_BLOCKED, new Signal(1.0, 0, NONE, true), lastFrameAt, now, JpegSnapshot::none, changes);
        return changes;
    }

    /** Ends every open event at {@code at} (the end of the test or of monitoring). */
    public List<ProctoringEvent> finish(Instant at) {
        List<ProctoringEvent> changes = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            Track track = tracks.remove(kind);
            if (track != null && track.open) {
                changes.add(close(kind, track, track.clearSince.orElse(at)));
            }
        }
        identityWindow.clear();
        return changes;
    }

    /** Absence in this attempt so far: ended absences plus the one going on, up to {@code now}. */
    public Duration absenceTotal(Instant now) {
        Track track = tracks.get(EventKind.FACE_ABSENT);
        if (track == null || !track.open) {
            return closedAbsence;
        }
        return closedAbsence.plus(Duration.between(track.start, track.clearSince.orElse(now)));
    }

    private Map<EventKind, Signal> signals(FrameFindings f) {
        Map<EventKind, Signal> signals = new EnumMap<>(EventKind.class);
        ProctoringPolicy.Camera camera = policy.camera();
        if (f.brightness() < camera.minBrightness() || f.contrast() < camera.minContrast()) {
            double closeness = Math.min(f.brightness() / camera.minBrightness(), f.contrast() / camera.minContrast());
            signals.put(EventKind.CAMERA_BLOCKED, new Signal(clamp(1 - closeness / 2), 0, NONE, false));
            identityWindow.clear();
            return signals; // nothing else can be judged from a blocked picture
        }
        if (f.people() == 0) {
            identityWindow.clear();
            if (f.bestPartialScore() >= policy.detection().partialScore()) {
                signals.put(EventKind.FACE_COVERED, new Signal(f.bestPartialScore(), 0, NONE, false));
            } else {
                signals.put(EventKind.FACE_ABSENT, new Signal(clamp(1 - f.bestPartialScore()), 0, NONE, false));
            }
            return signals;
        }
        if (f.people() > 1) {
            identityWindow.clear();
            signals.put(EventKind.MULTIPLE_PEOPLE, new Signal(f.weakestPersonScore(), f.people(), NONE, false));
            return signals;
        }
        if (f.visibleShare() < 0.9) {
            signals.put(EventKind.FACE_COVERED, new Signal(f.weakestPersonScore(), 0, NONE, false));
        }
        boolean facingScreen = f.pose().map(this::facingScreen).orElse(true);
        if (!facingScreen) {
            signals.put(EventKind.LOOKING_AWAY, new Signal(f.weakestPersonScore(), 0, NONE, false));
        } else if (f.similarity().isPresent()) {
            // Identity is judged only on faces turned to the camera: a profile scores low for anyone.
            identityWindow.addLast(f.similarity().getAsDouble());
            while (identityWindow.size() > policy.identity().window()) {
                identityWindow.removeFirst();
            }
            if (identityWindow.size() == policy.identity().window()) {
                double mean = identityWindow.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                double threshold = policy.identity().samePerson();
                if (mean < threshold) {
                    // Confidence: the share of the window's checks that on their own did not match.
                    double notMatching = identityWindow.stream().filter(s -> s < threshold).count() / (double) identityWindow.size();
                    signals.put(EventKind.DIFFERENT_PERSON, new Signal(notMatching, 0, mean, false));
                }
            }
        }
        // A partly visible or turned face is still someone at the desk, and still the same person as far as
        // we know: keep an ongoing identity judgement running rather than ending it on such frames.
        if (!facingScreen && tracks.containsKey(EventKind.DIFFERENT_PERSON)) {
            signals.put(EventKind.DIFFERENT_PERSON, tracks.get(EventKind.DIFFERENT_PERSON).lastSignal);
        }
        return signals;
    }

    private boolean facingScreen(HeadPose pose) {
        return Math.abs(pose.yawDegrees()) <= policy.lookingAway().yawDegrees()
                && Math.abs(pose.pitchDegrees()) <= policy.lookingAway().pitchDegrees();
    }

    private void present(EventKind kind, Signal signal, Instant start, Instant at, Supplier<JpegSnapshot> snapshot,
            List<ProctoringEvent> changes) {
        Track track = tracks.get(kind);
        if (track == null) {
            track = new Track(start, snapshot.get());
            tracks.put(kind, track);
        }
        track.add(signal);
        track.clearSince = Optional.empty();
        if (!track.open && !Duration.between(track.start, at).minus(onset(kind)).isNegative()) {
            track.open = true;
            changes.add(event(kind, track, Optional.empty(), at));
        }
    }

    private void absent(EventKind kind, Instant at, List<ProctoringEvent> changes) {
        Track track = tracks.get(kind);
        if (track == null) {
            return;
        }
        if (!track.open) {
            tracks.remove(kind); // it did not last long enough to count
            return;
        }
        if (track.clearSince.isEmpty()) {
            track.clearSince = Optional.of(at);
        }
        if (Duration.between(track.clearSince.get(), at).compareTo(policy.clearAfter()) >= 0) {
            tracks.remove(kind);
            changes.add(close(kind, track, track.clearSince.get()));
        }
    }

    private ProctoringEvent close(EventKind kind, Track track, Instant end) {
        if (kind == EventKind.FACE_ABSENT) {
            closedAbsence = closedAbsence.plus(Duration.between(track.start, end));
        }
        return event(kind, track, Optional.of(end), end);
    }

    private Duration onset(EventKind kind) {
        return switch (kind) {
            case FACE_ABSENT -> policy.absence().after();
            case MULTIPLE_PEOPLE -> policy.otherPeople().after();
            case DIFFERENT_PERSON -> Duration.ZERO; // the identity window already spans several checks
            case LOOKING_AWAY -> policy.lookingAway().after();
            case FACE_COVERED -> policy.covered().after();
            case CAMERA_BLOCKED -> track(kind).lastSignal.noFrames() ? Duration.ZERO : policy.camera().after();
        };
    }

    private Track track(EventKind kind) {
        return tracks.get(kind);
    }

    private ProctoringEvent event(EventKind kind, Track t, Optional<Instant> end, Instant now) {
        double confidence = t.confidenceSum / t.frames;
        return switch (kind) {
            case FACE_ABSENT -> new ProctoringEvent.FaceAbsent(t.start, end, confidence, t.snapshot,
                    end.isPresent() ? closedAbsence : absenceTotal(now), policy.absence().budget());
            case MULTIPLE_PEOPLE -> new ProctoringEvent.MultiplePeople(t.start, end, confidence, t.snapshot, t.maxPeople);
            case DIFFERENT_PERSON -> new ProctoringEvent.DifferentPerson(t.start, end, confidence, t.snapshot, t.minSimilarity);
            case LOOKING_AWAY -> new ProctoringEvent.LookingAway(t.start, end, confidence, t.snapshot);
            case FACE_COVERED -> new ProctoringEvent.FaceCovered(t.start, end, confidence, t.snapshot);
            case CAMERA_BLOCKED -> new ProctoringEvent.CameraBlocked(t.start, end, confidence, t.snapshot, t.lastSignal.noFrames());
        };
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** No similarity: the signal is not about identity. */
    private static final double NONE = Double.NaN;

    /** One frame's evidence for a condition. */
    private record Signal(double confidence, int people, double similarity, boolean noFrames) {
    }

    /** A condition seen, not yet or already an event. */
    private static final class Track {
        final Instant start;
        final JpegSnapshot snapshot;
        boolean open;
        Optional<Instant> clearSince = Optional.empty();
        double confidenceSum;
        int frames;
        int maxPeople;
        double minSimilarity = 1.0;
        Signal lastSignal;

        Track(Instant start, JpegSnapshot snapshot) {
            this.start = start;
            this.snapshot = snapshot;
        }

        void add(Signal signal) {
            confidenceSum += signal.confidence();
            frames++;
            maxPeople = Math.max(maxPeople, signal.people());
            if (!Double.isNaN(signal.similarity())) {
                minSimilarity = Math.min(minSimilarity, signal.similarity());
            }
            lastSignal = signal;
        }
    }
}
