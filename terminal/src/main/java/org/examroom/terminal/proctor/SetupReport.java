package org.examroom.terminal.proctor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.client.TerminalApiException;

/**
 * Reports once, when the test opens, what the supervisor should know about this terminal: a second monitor, and that
 * face checks are unavailable (no models, or no camera). Each report is an event on the attempt.
 */
public final class SetupReport {

    private static final System.Logger LOG = System.getLogger(SetupReport.class.getName());

    private SetupReport() {
    }

    /** The events to send for this terminal's setup. */
    public static List<String> kinds(int screens, boolean faceChecksAvailable) {
        List<String> kinds = new ArrayList<>();
        if (screens > 1) {
            kinds.add("SECOND_MONITOR");
        }
        if (!faceChecksAvailable) {
            kinds.add("FACE_CHECKS_UNAVAILABLE");
        }
        return kinds;
    }

    /** Sends them; a failure is logged, since these are notes for the supervisor and not answers. */
    public static void send(TerminalApi api, Clock clock, List<String> kinds) {
        for (String kind : kinds) {
            try {
                api.event(new TerminalApi.Event(kind, clock.instant(), Optional.empty(), Optional.empty(), Optional.empty()));
            } catch (TerminalApiException e) {
                LOG.log(System.Logger.Level.WARNING, "The event {0} did not reach the controller: {1}", kind, e.getMessage());
            }
        }
    }
}
