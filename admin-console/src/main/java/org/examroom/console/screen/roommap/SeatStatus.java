package org.examroom.console.screen.roommap;

import org.examroom.console.client.StaffApi.LiveSeat;

/**
 * What the room map says of a seat at a glance, in the order a supervisor has to act on it: a call for help first,
 * then a flag from the face checks, a terminal gone silent, a pause; then where the applicant is on the way from the
 * door to handing in. Each has its colour in {@code console.css} ({@code seat-help}, …) and its words in the bundle.
 */
public enum SeatStatus {
    EMPTY,
    /** Registered, admitted or holding a key, not yet at the terminal. */
    WAITING,
    /** Key entered; reading the rules. */
    KEY_ENTERED,
    /** Rules accepted; taking identity photos, or photos taken and waiting for the start. */
    PHOTOS,
    WRITING,
    PAUSED,
    HELP_REQUESTED,
    /** The face checks reported something: absent, another person, looking away. */
    FLAGGED,
    /** The terminal has not been heard for five seconds while the attempt is under way. */
    OFFLINE,
    FINISHED,
    REMOVED,
    TECHNICAL_FAILURE,
    ABSENT;

    /** Whether the supervisor should walk over now. */
    public boolean needsAttention() {
        return this == HELP_REQUESTED || this == FLAGGED || this == OFFLINE;
    }

    /** The style class of a seat tile in this status. */
    public String styleClass() {
        return "seat-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The status of one seat of the controller's room map. */
    public static SeatStatus of(LiveSeat seat) {
        if (seat.attemptId().isEmpty() || seat.state().isEmpty()) {
            return EMPTY;
        }
        String state = seat.state().get();
        switch (state) {
            case "SUBMITTED" -> {
                return FINISHED;
            }
            case "REMOVED" -> {
                return REMOVED;
            }
            case "TECHNICAL_FAILURE" -> {
                return TECHNICAL_FAILURE;
            }
            case "ABSENT" -> {
                return ABSENT;
            }
            default -> {
                // under way: what needs the supervisor comes before where the applicant is
            }
        }
        if (seat.helpRequest().isPresent()) {
            return HELP_REQUESTED;
        }
        boolean atTerminal = !state.equals("REGISTERED") && !state.equals("ADMITTED") && !state.equals("KEY_ISSUED");
        if (atTerminal && seat.flags() > 0 && (state.equals("IN_PROGRESS") || state.equals("PAUSED"))) {
            return FLAGGED;
        }
        // a terminal beats from the test page on; before that, silence is only a terminal not yet heard
        boolean heard = seat.lastSeen().isPresent() || state.equals("IN_PROGRESS") || state.equals("PAUSED");
        if (atTerminal && heard && seat.online().isPresent() && !seat.online().get()) {
            return OFFLINE;
        }
        return switch (state) {
            case "KEY_ENTERED" -> KEY_ENTERED;
            case "RULES_ACCEPTED", "PHOTOS_TAKEN" -> PHOTOS;
            case "IN_PROGRESS" -> WRITING;
            case "PAUSED" -> PAUSED;
            default -> WAITING;
        };
    }
}
