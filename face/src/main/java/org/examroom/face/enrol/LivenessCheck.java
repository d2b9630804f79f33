package org.examroom.face.enrol;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.examroom.face.vision.DetectedFace;

/**
 * The active liveness step: the applicant turns the head to their left, then to their right, within a
 * time limit, one face in view throughout. Yaw comes from the landmarks (the nose moves against the
 * eyes); a photo held up and turned in front of the camera is flat and its nose stays between its eyes,
 * so it never reaches the angle. Feed it the frames in order; it is a pure state machine.
 */
public final class LivenessCheck {

    /**
     * @param turnDegrees how far each turn must go
     * @param timeLimit   from the first frame to the second turn
     */
    public record Settings(double turnDegrees, Duration timeLimit) {
        /** 25° each way within 15 seconds: a comfortable turn is 30–45°. */
        public static final Settings DEFAULT = new Settings(25, Duration.ofSeconds(15));
    }

    /** Where the step stands; each state has a text to show. */
    public sealed interface State {
        String messageKey();

        record TurnLeft() implements State {
            @Override
            public String messageKey() {
                return "liveness.turn-left";
            }
        }

        record TurnRight() implements State {
            @Override
            public String messageKey() {
                return "liveness.turn-right";
            }
        }

        record Passed() implements State {
            @Override
            public String messageKey() {
                return "liveness.passed";
            }
        }

        /** Failed; the step can be started again with a new check. */
        record Failed(String messageKey) implements State {
        }
    }

    private final Settings settings;
    private State state = new State.TurnLeft();
    private Optional<Instant> startedAt = Optional.empty();

    public LivenessCheck(Settings settings) {
        this.settings = settings;
    }

    public State state() {
        return state;
    }

    /**
     * One frame: the faces that count as people in it, and when it was captured.
     *
     * @return the state after this frame
     */
    public State observe(List<DetectedFace> people, Instant capturedAt) {
        if (state instanceof State.Passed || state instanceof State.Failed) {
            return state;
        }
        Instant start = startedAt.orElse(capturedAt);
        startedAt = Optional.of(start);
        if (Duration.between(start, capturedAt).compareTo(settings.timeLimit()) > 0) {
            state = new State.Failed("liveness.timed-out");
            return state;
        }
        if (people.size() > 1) {
            state = new State.Failed("liveness.only-you");
            return state;
        }
        if (people.isEmpty()) {
            return state;
        }
        double yaw = people.getFirst().pose().yawDegrees();
        state = switch (state) {
            case State.TurnLeft left when yaw >= settings.turnDegrees() -> new State.TurnRight();
            case State.TurnRight right when yaw <= -settings.turnDegrees() -> new State.Passed();
            default -> state;
        };
        return state;
    }
}
