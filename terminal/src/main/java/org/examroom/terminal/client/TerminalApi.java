package org.examroom.terminal.client;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.examroom.common.content.Item;
import org.examroom.common.proctoring.ProctoringPreset;

/**
 * Every call a paired terminal makes under {@code /api/v1/terminal}. Calls block: view models make them off the UI
 * thread. A call either returns the controller's answer or throws {@link TerminalApiException}.
 */
public interface TerminalApi {

    /** An attempt as the controller describes it. */
    record AttemptView(String id, String state, Optional<String> seat, Optional<String> roomId,
                       Optional<String> variantId) {
    }

    /** What the terminal needs of an exam. */
    record ExamView(String id, String subject, Instant scheduledStart, long durationMinutes, Set<String> aids) {
        public ExamView {
            aids = Set.copyOf(aids);
        }
    }

    /**
     * The attempt an accepted key opened, with the applicant's short name, the exam, and the proctoring preset the
     * controller names for this applicant (the exam's, or accommodated for an applicant granted an accommodation).
     */
    record Session(AttemptView attempt, String applicant, ExamView exam, ProctoringPreset proctoring) {

        /** The same session with the attempt as it stands now. */
        public Session withAttempt(AttemptView now) {
            return new Session(now, applicant, exam, proctoring);
        }
    }

    /** The attempt's clock as of a heartbeat. */
    record AttemptClock(String id, String state, long remainingSeconds, boolean paused) {
    }

    /** An instruction riding on a heartbeat reply; sent again until acknowledged. */
    record Instruction(long id, String kind, JsonObject payload, Instant createdAt) {
    }

    record HeartbeatReply(Instant serverTime, Optional<AttemptClock> attempt, List<Instruction> instructions) {
        public HeartbeatReply {
            instructions = List.copyOf(instructions);
        }
    }

    /** What the terminal tells in a heartbeat. */
    record Heartbeat(String status, long clockOffsetMs, int pendingAnswers, List<Long> ack) {
        public Heartbeat {
            ack = List.copyOf(ack);
        }
    }

    /** The applicant's variant, items in the order to show them. */
    record Variant(String variantId, List<Item.PublicItem> items) {
        public Variant {
            items = List.copyOf(items);
        }
    }

    /** Something the proctoring saw, with an optional JPEG snapshot. */
    record Event(String kind, Instant start, Optional<Instant> end, Optional<Double> confidence,
                 Optional<byte[]> snapshot) {
    }

    Session key(String key) throws TerminalApiException;

    /**
     * A card tapped at the key screen: the controller opens the attempt of the card's holder with their issued key, as
     * {@link #key} would; refused (403, 429) as a key is.
     */
    Session card(String cardId) throws TerminalApiException;

    /** The attempt open on this terminal, if any (after a restart). */
    Optional<Session> attempt() throws TerminalApiException;

    AttemptView rules(boolean rules, boolean personalDataConsent) throws TerminalApiException;

    AttemptView photos(List<byte[]> jpegs) throws TerminalApiException;

    /**
     * The identity photos (JPEG) the controller keeps for the attempt open on this terminal, as they were sent: a
     * terminal that restarted mid-test enrols its face checks from them again. Refused (409) before the photos are
     * taken and once the attempt is over.
     */
    List<byte[]> identityPhotos() throws TerminalApiException;

    AttemptView start() throws TerminalApiException;

    /**
     * Said by a terminal that restarted in the middle of the test, before it reopens it: the controller stops the
     * applicant's clock and calls the supervisor, who confirms on the console (resume) that the applicant goes on.
     */
    AttemptView restarted() throws TerminalApiException;

    HeartbeatReply heartbeat(Heartbeat heartbeat) throws TerminalApiException;

    /** Saves an item's answer; returns the sequence number the controller now holds for it. */
    long saveAnswer(String item, long seq, JsonObject response) throws TerminalApiException;

    void event(Event event) throws TerminalApiException;

    void help() throws TerminalApiException;

    AttemptView finish() throws TerminalApiException;

    Variant variant() throws TerminalApiException;

    byte[] media(String itemId, String path) throws TerminalApiException;
}
