package org.examroom.terminal.proctor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examroom.terminal.client.TerminalApi;

/**
 * Reports once, when the test opens, what the supervisor should know about this terminal: a second monitor, and that
 * face checks are unavailable (no models, no camera, or no enrolment to compare with). Each report is an event on the
 * attempt, sent through the {@link EventOutbox} so that a controller away at that moment still gets it.
 */
public final class SetupReport {

    /** The event kind of face checks that do not run on this terminal. */
    public static final String FACE_CHECKS_UNAVAILABLE = "FACE_CHECKS_UNAVAILABLE";

    private SetupReport() {
    }

    /** The events to send for this terminal's setup. */
    public static List<String> kinds(int screens, boolean faceChecksAvailable) {
        List<String> kinds = new ArrayList<>();
        if (screens > 1) {
            kinds.add("SECOND_MONITOR");
        }
        if (!faceChecksAvailable) {
            kinds.add(FACE_CHECKS_UNAVAILABLE);
        }
        return kinds;
    }

    /** Queues them for the controller. */
    public static void send(EventOutbox outbox, Clock clock, List<String> kinds) {
        for (String kind : kinds) {
            outbox.offer(note(kind, clock));
        }
    }

    /** A note on the terminal's setup: no end, no confidence, no picture. */
    public static TerminalApi.Event note(String kind, Clock clock) {
        return new TerminalApi.Event(kind, clock.instant(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
