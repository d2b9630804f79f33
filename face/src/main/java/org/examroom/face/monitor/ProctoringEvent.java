package org.examroom.face.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Something the camera saw that the regulations count as a possible violation. Each event is reported
 * twice: when it starts (its {@code end} empty) and when it ends. {@code confidence} (0–1) is how sure
 * the checks are, averaged over the event's frames; the snapshot is the frame that started it.
 */
public sealed interface ProctoringEvent {

    EventKind kind();

    Instant start();

    Optional<Instant> end();

    double confidence();

    JpegSnapshot snapshot();

    /** How long it lasted, or has lasted until {@code now} while it goes on. */
    default Duration duration(Instant now) {
        return Duration.between(start(), end().orElse(now));
    }

    /**
     * Nobody at the desk.
     *
     * @param absenceTotal all absence in this attempt so far, this one included up to its end (or now)
     * @param budget       the absence the exam allows in total
     */
    record FaceAbsent(Instant start, Optional<Instant> end, double confidence, JpegSnapshot snapshot,
            Duration absenceTotal, Duration budget) implements ProctoringEvent {
        @Override
        public EventKind kind() {
            return EventKind.FACE_ABSENT;
        }

        /** The total absence has gone past what the exam allows. */
        public boolean overBudget() {
            return absenceTotal.compareTo(budget) > 0;
        }
    }

    /** More than one person in view; {@code people} is the most seen at once. */
    record MultiplePeople(Instant start, Optional<Instant> end, double confidence, JpegSnapshot snapshot, int people)
            implements ProctoringEvent {
        @Override
        public EventKind kind() {
            return EventKind.MULTIPLE_PEOPLE;
        }
    }

    /** The face at the desk is not the enrolled applicant; {@code similarity} is the lowest windowed mean seen. */
    record DifferentPerson(Instant start, Optional<Instant> end, double confidence, JpegSnapshot snapshot, double similarity)
            implements ProctoringEvent {
        @Override
        public EventKind kind() {
            return EventKind.DIFFERENT_PERSON;
        }
    }

    /** The head turned away from the screen for longer than allowed. */
    record LookingAway(Instant start, Optional<Instant> end, double confidence, JpegSnapshot snapshot)
            implements ProctoringEvent {
        @Override
        public EventKind kind() {
            return EventKind.LOOKING_AWAY;
        }
    }

    /** A face only partly visible: covered by a hand or an object, or partly out of the frame. */
    record FaceCovered(Instant start, Optional<Instant> end, double confidence, JpegSnapshot snapshot)
            implements ProctoringEvent {
        @Override
        public EventKind kind() {
            return EventKind.FACE_COVERED;
        }
    }

    /** The camera shows a dark or flat picture, or sends no frames at all ({@code noFrames}). */
    record CameraBlocked(Instant start, Optional<Instant> end, double confidence, JpegSnapshot snapshot, boolean noFrames)
            implements ProctoringEvent {
        @Override
        public EventKind kind() {
            return EventKind.CAMERA_BLOCKED;
        }
    }
}
