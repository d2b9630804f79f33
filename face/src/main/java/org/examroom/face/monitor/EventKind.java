package org.examroom.face.monitor;

/** The kinds of proctoring events, each with its name in the face module's messages. */
public enum EventKind {
    FACE_ABSENT("event.face-absent"),
    MULTIPLE_PEOPLE("event.multiple-people"),
    DIFFERENT_PERSON("event.different-person"),
    LOOKING_AWAY("event.looking-away"),
    FACE_COVERED("event.face-covered"),
    CAMERA_BLOCKED("event.camera-blocked");

    private final String messageKey;

    EventKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
