package org.examroom.face.vision;

/** One face YuNet found: where, its five landmarks, and how sure it is (0 to 1). */
public record DetectedFace(Box box, Landmarks landmarks, double score) {

    /** The head's pose from the landmarks. */
    public HeadPose pose() {
        return landmarks.headPose();
    }

    DetectedFace scaled(double factor) {
        return new DetectedFace(box.scaled(factor), landmarks.scaled(factor), score);
    }
}
