package org.examroom.hardware.light;

/** What a station's status light tells the room, from a distance. */
public enum LightSignal {
    /** The station is not in use. */
    OFF,
    /** Ready, or the applicant is writing normally. */
    GREEN,
    /** Attention: help requested, offline, or paused. */
    AMBER,
    /** Call the supervisor: flagged or removed. */
    RED
}
