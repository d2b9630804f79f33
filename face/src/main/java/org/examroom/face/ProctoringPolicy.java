package org.examroom.face;

import java.time.Duration;
import java.util.Objects;
import org.examroom.common.proctoring.ProctoringPreset;

/**
 * Every figure face checks decide by, per exam. The presets carry the defaults measured on the test
 * photos (docs/face-checks.md gives the figures); an exam may override any of them.
 *
 * @param checksPerSecond how often monitoring looks at the camera
 * @param detection       which detections count as a face
 * @param photos          what an identity photo must be to enrol
 * @param identity        when two faces are the same person
 * @param absence         when no face is an absence, and the budget for the whole test
 * @param otherPeople     how long a second face must be seen before it is an event
 * @param lookingAway     how far and how long the head may turn
 * @param covered         how long a face may be only partly visible
 * @param camera          when the camera counts as blocked or lost
 * @param clearAfter      how long a condition must be gone before its event ends (so one missed frame
 *                        does not split an event in two)
 */
public record ProctoringPolicy(
        double checksPerSecond,
        Detection detection,
        Photos photos,
        Identity identity,
        Absence absence,
        OtherPeople otherPeople,
        LookingAway lookingAway,
        Covered covered,
        Camera camera,
        Duration clearAfter) {

    /**
     * In a room with an invigilator: the regulations allow one escorted exit of at most 5 minutes
     * (procedure §4), so 5 minutes of absence in total. Detection looks at 320 px: it finds whoever comes
     * near the desk, while the applicants at other desks and the invigilator walking the room, further
     * off, are not events.
     */
    public static final ProctoringPolicy IN_ROOM = new ProctoringPolicy(
            2.0,
            new Detection(0.9, 0.6, 320),
            new Photos(0.20, 80, 60, 210, 25, 20, 20, 20, 0.40),
            new Identity(0.40, 6, 0.25),
            new Absence(Duration.ofSeconds(3), Duration.ofMinutes(5)),
            new OtherPeople(Duration.ofSeconds(1)),
            new LookingAway(35, 30, Duration.ofSeconds(5)),
            new Covered(Duration.ofSeconds(3)),
            new Camera(20, 8, Duration.ofSeconds(2), Duration.ofSeconds(5)),
            Duration.ofSeconds(1));

    /**
     * Remote and group-site tests with proctoring only (TOGU, SFU): leaving the workplace for more than
     * 5 minutes in total is a violation; nobody is in the room to notice a glance, so looking away is
     * flagged sooner and a second face at once, and any face in the frame is someone else in the room:
     * detection looks at 640 px, where faces far from the camera are still found.
     */
    public static final ProctoringPolicy REMOTE = IN_ROOM
            .withDetection(new Detection(0.9, 0.6, 640))
            .withOtherPeople(new OtherPeople(Duration.ofMillis(500)))
            .withLookingAway(new LookingAway(30, 25, Duration.ofSeconds(3)));

    /**
     * Applicants with disabilities (ОВЗ) who need to move, look away from the screen (e.g. to an
     * assistant or a braille display) or leave more: flags only what lasts longer.
     */
    public static final ProctoringPolicy ACCOMMODATED = IN_ROOM
            .withAbsence(new Absence(Duration.ofSeconds(10), Duration.ofMinutes(15)))
            .withLookingAway(new LookingAway(45, 40, Duration.ofSeconds(15)));

    /** The figures of a preset the exam names. */
    public static ProctoringPolicy of(ProctoringPreset preset) {
        return switch (preset) {
            case IN_ROOM -> IN_ROOM;
            case REMOTE -> REMOTE;
            case ACCOMMODATED -> ACCOMMODATED;
        };
    }

    /**
     * The preset with the name an operator types ({@link ProctoringPreset#names()}, ignoring case).
     *
     * @throws IllegalArgumentException naming the presets when there is none of that name
     */
    public static ProctoringPolicy preset(String name) {
        return of(ProctoringPreset.named(name));
    }

    public ProctoringPolicy {
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(photos, "photos");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(otherPeople, "otherPeople");
        Objects.requireNonNull(lookingAway, "lookingAway");
        Objects.requireNonNull(covered, "covered");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(clearAfter, "clearAfter");
        if (!(checksPerSecond > 0 && checksPerSecond <= 30)) {
            throw new IllegalArgumentException("checksPerSecond must be above 0 and at most 30: " + checksPerSecond);
        }
    }

    /** The time between two checks. */
    public Duration checkInterval() {
        return Duration.ofNanos(Math.round(1e9 / checksPerSecond));
    }

    public ProctoringPolicy withChecksPerSecond(double value) {
        return new ProctoringPolicy(value, detection, photos, identity, absence, otherPeople, lookingAway, covered, camera, clearAfter);
    }

    public ProctoringPolicy withDetection(Detection value) {
        return new ProctoringPolicy(checksPerSecond, value, photos, identity, absence, otherPeople, lookingAway, covered, camera, clearAfter);
    }

    public ProctoringPolicy withIdentity(Identity value) {
        return new ProctoringPolicy(checksPerSecond, detection, photos, value, absence, otherPeople, lookingAway, covered, camera, clearAfter);
    }

    public ProctoringPolicy withAbsence(Absence value) {
        return new ProctoringPolicy(checksPerSecond, detection, photos, identity, value, otherPeople, lookingAway, covered, camera, clearAfter);
    }

    public ProctoringPolicy withOtherPeople(OtherPeople value) {
        return new ProctoringPolicy(checksPerSecond, detection, photos, identity, absence, value, lookingAway, covered, camera, clearAfter);
    }

    public ProctoringPolicy withLookingAway(LookingAway value) {
        return new ProctoringPolicy(checksPerSecond, detection, photos, identity, absence, otherPeople, value, covered, camera, clearAfter);
    }

    public ProctoringPolicy withCovered(Covered value) {
        return new ProctoringPolicy(checksPerSecond, detection, photos, identity, absence, otherPeople, lookingAway, value, camera, clearAfter);
    }

    public ProctoringPolicy withCamera(Camera value) {
        return new ProctoringPolicy(checksPerSecond, detection, photos, identity, absence, otherPeople, lookingAway, covered, value, clearAfter);
    }

    /**
     * @param personScore  YuNet score from which a detection counts as a person (0.9: no false face on any
     *                     no-face photo, every face in the group photos counted)
     * @param partialScore a weaker detection above this, with no confident face, is a face partly covered
     *                     or partly out of frame (no-face photos score at most 0.37; a hand over half the
     *                     face gives 0.74–0.91)
     * @param monitoringMaxSide the longest side a monitoring frame is shrunk to before detection, 80 to 640:
     *                     320 finds every face of about 55 px and more in a 640 px frame (a person within
     *                     about 2 m of the camera) and a whole check takes under 20 ms on one core; 640
     *                     also finds faces of 30 px (someone across the room) at about three times the
     *                     cost (docs/face-checks.md, docs/benchmarks.md)
     */
    public record Detection(double personScore, double partialScore, int monitoringMaxSide) {
    }

    /**
     * What each identity photo must be.
     *
     * @param minFaceHeightShare face box height over frame height, below which "move closer"
     * @param minFacePixels      face box height in pixels, below which "move closer"
     * @param minBrightness      mean grey of the face (0–255), below which "more light"
     * @param maxBrightness      above which "too bright"
     * @param minSharpness       variance of the Laplacian of the face at 128×128, below which "hold still"
     * @param maxYawDegrees      beyond which "look at the camera"
     * @param maxPitchDegrees    beyond which "look at the camera"
     * @param maxRollDegrees     beyond which "keep your head straight"
     * @param minAgreement       cosine every photo must reach with every other photo of the set
     */
    public record Photos(double minFaceHeightShare, int minFacePixels, double minBrightness, double maxBrightness,
            double minSharpness, double maxYawDegrees, double maxPitchDegrees, double maxRollDegrees, double minAgreement) {
    }

    /**
     * @param samePerson   cosine to the enrolment template from which a live face is the applicant
     * @param window       how many recent one-face checks are averaged before judging identity
     * @param idDocument   cosine from which the photo of the ID page matches the enrolment
     */
    public record Identity(double samePerson, int window, double idDocument) {
        public Identity {
            if (window < 1) {
                throw new IllegalArgumentException("the identity window needs at least one check: " + window);
            }
        }
    }

    /**
     * @param after  how long no face must last to be an absence (a glance down at the desk is not)
     * @param budget the absence allowed in total over the test
     */
    public record Absence(Duration after, Duration budget) {
    }

    /** @param after how long more than one face must be seen */
    public record OtherPeople(Duration after) {
    }

    /**
     * @param yawDegrees   head turned sideways beyond this
     * @param pitchDegrees head up or down beyond this
     * @param after        for longer than this
     */
    public record LookingAway(double yawDegrees, double pitchDegrees, Duration after) {
    }

    /** @param after how long a face may be only partly visible before it is an event */
    public record Covered(Duration after) {
    }

    /**
     * @param minBrightness mean grey of the whole frame below which the camera is blocked (or the room dark)
     * @param minContrast   standard deviation of grey below which the frame is flat (lens covered)
     * @param after         how long such frames must last
     * @param noFramesAfter how long without any new frame before the camera counts as lost
     */
    public record Camera(double minBrightness, double minContrast, Duration after, Duration noFramesAfter) {
    }
}
