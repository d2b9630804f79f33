package org.examroom.face.enrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.vision.Box;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.ImageMeasures.FaceImageQuality;
import org.examroom.face.vision.Landmarks;
import org.examroom.face.vision.Point;
import org.junit.jupiter.api.Test;

class PhotoRulesTest {

    private final PhotoRules rules = new PhotoRules(ProctoringPolicy.IN_ROOM.photos());
    private static final FaceImageQuality GOOD = new FaceImageQuality(130, 50, 300);

    /** A frontal face of the given height, its top-left corner at (x, y), in a 640×480 frame. */
    static DetectedFace face(double x, double y, double height) {
        double s = height / 130;
        return new DetectedFace(new Box(x, y, 100 * s, height), new Landmarks(
                new Point(x + 20 * s, y + 40 * s), new Point(x + 80 * s, y + 40 * s), new Point(x + 50 * s, y + 77 * s),
                new Point(x + 28 * s, y + 106 * s), new Point(x + 72 * s, y + 106 * s)), 0.95);
    }

    @Test
    void aGoodPhotoHasNothingToFix() {
        assertThat(rules.problems(640, 480, List.of(face(250, 120, 200)), GOOD)).isEmpty();
    }

    @Test
    void eachProblemHasItsGuidance() {
        assertThat(rules.problems(640, 480, List.of(), GOOD)).containsExactly(Guidance.SHOW_YOUR_FACE);
        assertThat(rules.problems(640, 480, List.of(face(50, 100, 200), face(400, 100, 200)), GOOD)).containsExactly(Guidance.ONLY_YOU);
        assertThat(rules.problems(640, 480, List.of(face(300, 200, 60)), GOOD)).containsExactly(Guidance.MOVE_CLOSER);
        assertThat(rules.problems(640, 480, List.of(face(560, 120, 200)), GOOD)).containsExactly(Guidance.CENTRE_YOUR_FACE);
        assertThat(rules.problems(640, 480, List.of(face(250, 120, 200)), new FaceImageQuality(35, 10, 300))).containsExactly(Guidance.MORE_LIGHT);
        assertThat(rules.problems(640, 480, List.of(face(250, 120, 200)), new FaceImageQuality(240, 10, 300))).containsExactly(Guidance.LESS_LIGHT);
        assertThat(rules.problems(640, 480, List.of(face(250, 120, 200)), new FaceImageQuality(130, 50, 10))).containsExactly(Guidance.HOLD_STILL);
    }

    @Test
    void aTurnedHeadIsAskedToLookAtTheCamera() {
        DetectedFace straight = face(250, 120, 200);
        Landmarks l = straight.landmarks();
        DetectedFace turned = new DetectedFace(straight.box(), new Landmarks(l.rightEye(), l.leftEye(),
                new Point(l.noseTip().x() + 40, l.noseTip().y()), l.rightMouthCorner(), l.leftMouthCorner()), 0.95);
        assertThat(rules.problems(640, 480, List.of(turned), GOOD)).containsExactly(Guidance.LOOK_AT_THE_CAMERA);
    }

    @Test
    void blurIsOnlyBlamedWhenNothingElseIsWrong() {
        assertThat(rules.problems(640, 480, List.of(face(250, 120, 200)), new FaceImageQuality(35, 10, 5))).containsExactly(Guidance.MORE_LIGHT);
    }
}
