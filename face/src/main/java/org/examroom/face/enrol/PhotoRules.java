package org.examroom.face.enrol;

import java.util.ArrayList;
import java.util.List;
import org.examroom.face.ProctoringPolicy;
import org.examroom.face.vision.DetectedFace;
import org.examroom.face.vision.HeadPose;
import org.examroom.face.vision.ImageMeasures.FaceImageQuality;

/** Whether one identity photo is good enough to enrol from, and if not, what to fix first. */
public final class PhotoRules {

    private final ProctoringPolicy.Photos photos;

    public PhotoRules(ProctoringPolicy.Photos photos) {
        this.photos = photos;
    }

    /**
     * What is wrong with a photo, most important first; empty when it is good.
     *
     * @param people  the faces that count as people (at the policy's person score)
     * @param quality the measures of the one face, when there is exactly one
     */
    public List<Guidance> problems(int frameWidth, int frameHeight, List<DetectedFace> people, FaceImageQuality quality) {
        if (people.isEmpty()) {
            return List.of(Guidance.SHOW_YOUR_FACE);
        }
        if (people.size() > 1) {
            return List.of(Guidance.ONLY_YOU);
        }
        DetectedFace face = people.getFirst();
        List<Guidance> problems = new ArrayList<>();
        if (face.box().visibleShare(frameWidth, frameHeight) < 0.95) {
            problems.add(Guidance.CENTRE_YOUR_FACE);
        }
        if (face.box().height() < photos.minFacePixels() || face.box().height() < photos.minFaceHeightShare() * frameHeight) {
            problems.add(Guidance.MOVE_CLOSER);
        }
        if (quality.brightness() < photos.minBrightness()) {
            problems.add(Guidance.MORE_LIGHT);
        } else if (quality.brightness() > photos.maxBrightness()) {
            problems.add(Guidance.LESS_LIGHT);
        }
        HeadPose pose = face.pose();
        if (Math.abs(pose.yawDegrees()) > photos.maxYawDegrees() || Math.abs(pose.pitchDegrees()) > photos.maxPitchDegrees()) {
            problems.add(Guidance.LOOK_AT_THE_CAMERA);
        } else if (Math.abs(pose.rollDegrees()) > photos.maxRollDegrees()) {
            problems.add(Guidance.HEAD_STRAIGHT);
        }
        // Blur is judged last: a dark or small face also measures soft, and the first fix is then light or distance.
        if (problems.isEmpty() && quality.sharpness() < photos.minSharpness()) {
            problems.add(Guidance.HOLD_STILL);
        }
        return List.copyOf(problems);
    }
}
