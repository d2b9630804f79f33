package org.examroom.face.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HeadPoseTest {

    /** A face 60 px between the eyes, nose tip 0.56 of the way down to the mouth, turned by shifting the nose. */
    static Landmarks face(double noseShiftX, double noseShiftY, double tiltY) {
        return new Landmarks(new Point(100, 100 - tiltY), new Point(160, 100 + tiltY), new Point(130 + noseShiftX, 100 + 0.56 * 66 + noseShiftY),
                new Point(108, 166), new Point(152, 166));
    }

    @Test
    void aFrontalFaceIsStraight() {
        HeadPose pose = face(0, 0, 0).headPose();
        assertThat(pose.yawDegrees()).isCloseTo(0, within(1.0));
        assertThat(pose.pitchDegrees()).isCloseTo(0, within(1.0));
        assertThat(pose.rollDegrees()).isCloseTo(0, within(1.0));
    }

    @Test
    void theNoseMovingTowardsThePersonsLeftIsAPositiveYaw() {
        // The person's left eye is on the right of the image; turning left moves the nose that way.
        assertThat(face(30, 0, 0).headPose().yawDegrees()).isGreaterThan(30);
        assertThat(face(-30, 0, 0).headPose().yawDegrees()).isLessThan(-30);
    }

    @Test
    void lookingDownIsAPositivePitchAndATiltIsARoll() {
        assertThat(face(0, 15, 0).headPose().pitchDegrees()).isGreaterThan(15);
        assertThat(face(0, 0, 10).headPose().rollDegrees()).isCloseTo(Math.toDegrees(Math.atan2(20, 60)), within(0.5));
    }
}
