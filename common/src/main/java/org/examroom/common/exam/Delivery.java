package org.examroom.common.exam;

/** Where and how the test is taken. */
public enum Delivery {
    /** In a university room with a supervisor. */
    IN_ROOM,
    /** In a room at a group site in another city, with a university representative (002 3.6). */
    GROUP_SITE,
    /** Remote, with proctoring. */
    REMOTE
}
