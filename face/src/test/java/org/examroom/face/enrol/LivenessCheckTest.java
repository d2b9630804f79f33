package org.examroom.face.enrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.examroom.face.vision.Box;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.Landmarks;
import org.examroom.face.vision.Point;
import org.junit.jupiter.api.Test;

class LivenessCheckTest {

    private static final Instant T0 = Instant.parse("2026-07-15T07:00:00Z");

    /** A face whose nose sits {@code shift} px towards the person's left (the right of the image). */
    static DetectedFace face(double shift) {
        return new DetectedFace(new Box(80, 60, 100, 130),
                new Landmarks(new Point(100, 100), new Point(160, 100), new Point(130 + shift, 137), new Point(108, 166), new Point(152, 166)),
                0.95);
    }

    private final LivenessCheck check = new LivenessCheck(LivenessCheck.Settings.DEFAULT);

    @Test
    void turningLeftThenRightPasses() {
        assertThat(check.state()).isInstanceOf(LivenessCheck.State.TurnLeft.class);
        assertThat(check.observe(List.of(face(0)), T0)).isInstanceOf(LivenessCheck.State.TurnLeft.class);
        assertThat(check.observe(List.of(face(30)), T0.plusSeconds(2))).isInstanceOf(LivenessCheck.State.TurnRight.class);
        assertThat(check.observe(List.of(face(0)), T0.plusSeconds(3))).isInstanceOf(LivenessCheck.State.TurnRight.class);
        assertThat(check.observe(List.of(face(-30)), T0.plusSeconds(4))).isInstanceOf(LivenessCheck.State.Passed.class);
        assertThat(check.state().messageKey()).isEqualTo("liveness.passed");
    }

    @Test
    void aFlatPhotoTurnedInFrontOfTheCameraNeverGetsThere() {
        // A printed face rotated about its vertical axis only narrows: the nose stays between the eyes.
        for (int i = 0; i < 20; i++) {
            check.observe(List.of(face(i % 2 == 0 ? 4 : -4)), T0.plusMillis(500L * i));
        }
        assertThat(check.state()).isInstanceOf(LivenessCheck.State.TurnLeft.class);
        assertThat(check.observe(List.of(face(0)), T0.plusSeconds(16)))
                .isEqualTo(new LivenessCheck.State.Failed("liveness.timed-out"));
    }

    @Test
    void rightBeforeLeftDoesNotCount() {
        check.observe(List.of(face(-30)), T0);
        assertThat(check.state()).isInstanceOf(LivenessCheck.State.TurnLeft.class);
    }

    @Test
    void aSecondFaceFailsTheStep() {
        assertThat(check.observe(List.of(face(0), face(5)), T0)).isEqualTo(new LivenessCheck.State.Failed("liveness.only-you"));
    }
}
