package org.examroom.face.vision;

/**
 * YuNet's five landmarks. "Right" and "left" are the person's own: their right eye appears on the
 * left of an unmirrored camera image.
 */
public record Landmarks(Point rightEye, Point leftEye, Point noseTip, Point rightMouthCorner, Point leftMouthCorner) {

    Landmarks scaled(double factor) {
        return new Landmarks(rightEye.scaled(factor), leftEye.scaled(factor), noseTip.scaled(factor),
                rightMouthCorner.scaled(factor), leftMouthCorner.scaled(factor));
    }

    /** The head's pose as far as five points can tell it. */
    public HeadPose headPose() {
        return HeadPose.of(this);
    }
}
