package org.examroom.face.enrol;

/** What the applicant should do to get a usable photo; each has a text in the face module's messages. */
public enum Guidance {
    /** No face in the photo. */
    SHOW_YOUR_FACE("guidance.show-face"),
    /** More than one face. */
    ONLY_YOU("guidance.only-you"),
    /** Part of the face is outside the picture. */
    CENTRE_YOUR_FACE("guidance.centre-face"),
    /** The face is too small. */
    MOVE_CLOSER("guidance.move-closer"),
    /** The face is too dark. */
    MORE_LIGHT("guidance.more-light"),
    /** The face is washed out. */
    LESS_LIGHT("guidance.less-light"),
    /** The face is blurred. */
    HOLD_STILL("guidance.hold-still"),
    /** The head is turned or tipped. */
    LOOK_AT_THE_CAMERA("guidance.look-at-camera"),
    /** The head is tilted sideways. */
    HEAD_STRAIGHT("guidance.head-straight"),
    /** This photo does not look like the same person as the others. */
    RETAKE_SAME_PERSON("guidance.retake-same-person");

    private final String messageKey;

    Guidance(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of its text in {@code org.examroom.face.messages}. */
    public String messageKey() {
        return messageKey;
    }
}
