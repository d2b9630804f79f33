package org.examroom.terminal.device;

import org.examroom.hardware.light.LightPattern;
import org.examroom.hardware.light.LightSignal;
import org.examroom.hardware.light.LightState;

/**
 * What a terminal is doing, as far as the room needs to see it from a distance, and the light that
 * shows it. Green means all is well, amber asks for attention, red calls the supervisor; blinking
 * fast means "now".
 */
public enum TerminalStatus {
    /** Not paired with the room controller yet: not in use. */
    UNPAIRED(LightState.OFF),
    /** Paired and waiting for the applicant's key. */
    READY(LightState.blinking(LightSignal.GREEN, LightPattern.SLOW_BLINK)),
    /** The applicant is writing normally. */
    WRITING(LightState.steady(LightSignal.GREEN)),
    /** The supervisor paused this applicant's exam. */
    PAUSED(LightState.steady(LightSignal.AMBER)),
    /** The room controller cannot be reached; answers are journaled locally. */
    OFFLINE(LightState.blinking(LightSignal.AMBER, LightPattern.SLOW_BLINK)),
    /** The applicant pressed the help button and waits for the supervisor. */
    HELP_REQUESTED(LightState.blinking(LightSignal.AMBER, LightPattern.FAST_BLINK)),
    /** A face check or the supervisor flagged the applicant: someone must look now. */
    FLAGGED(LightState.blinking(LightSignal.RED, LightPattern.FAST_BLINK)),
    /** The applicant was removed from the exam. */
    REMOVED(LightState.steady(LightSignal.RED)),
    /** The applicant finished; the station is free. */
    FINISHED(LightState.OFF);

    private final LightState light;

    TerminalStatus(LightState light) {
        this.light = light;
    }

    /** The light that shows this status. */
    public LightState light() {
        return light;
    }

    /**
     * Whether a pending help request shows over this status. A flag or a removal is more urgent
     * than help and keeps its red; a station without an applicant has nobody to help.
     */
    boolean yieldsToHelp() {
        return switch (this) {
            case READY, WRITING, PAUSED, OFFLINE -> true;
            case UNPAIRED, HELP_REQUESTED, FLAGGED, REMOVED, FINISHED -> false;
        };
    }
}
