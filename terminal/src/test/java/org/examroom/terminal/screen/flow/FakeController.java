package org.examroom.terminal.screen.flow;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.examroom.common.content.Item;
import org.examroom.common.proctoring.ProctoringPreset;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.client.TerminalApiException;

/**
 * A controller in memory that accepts one key, or the one card registered to its applicant, and walks the attempt
 * through its states as the real one does; after five wrong keys or cards it answers 429, as the real one does.
 */
final class FakeController implements TerminalApi {

    static final String KEY = org.examroom.common.key.AccessKeys.generate();
    static final String CARD = "04A1B2C3";

    private final List<Item.PublicItem> items;
    private final Instant start;
    String state = "KEY_ISSUED";
    final Map<String, JsonObject> saved = new LinkedHashMap<>();
    final List<Instruction> instructions = new ArrayList<>();
    final List<String> cardsTapped = new ArrayList<>();
    /** Every event the terminal sent, in the order it arrived. */
    final List<Event> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Whether the supervisor has paused the attempt, as heartbeats tell it. */
    volatile boolean paused;
    /** The preset the controller names for the applicant. */
    volatile ProctoringPreset proctoring = ProctoringPreset.IN_ROOM;
    /** The identity photos as the terminal sent them, which it gets back after a restart. */
    final List<byte[]> photos = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** How many times the terminal asked for them. */
    final java.util.concurrent.atomic.AtomicInteger photoFetches = new java.util.concurrent.atomic.AtomicInteger();
    private int wrong;

    FakeController(List<Item.PublicItem> items, Instant start) {
        this.items = items;
        this.start = start;
    }

    private Session session() {
        return new Session(new AttemptView("A-001.MATH-1", state, Optional.of("1-2"), Optional.of("101"), Optional.of("V1")),
                "Иванова А.", new ExamView("MATH-1", "Математика", start, 180, Set.of("CALCULATOR")), proctoring);
    }

    private AttemptView to(String next) {
        state = next;
        return session().attempt();
    }

    @Override
    public synchronized Session key(String key) throws TerminalApiException {
        throttle();
        if (!key.equals(KEY)) {
            wrong++;
            throw new TerminalApiException.Refused(403, "Ключ не найден", "No such key", Optional.of("key"));
        }
        state = "KEY_ENTERED";
        return session();
    }

    @Override
    public synchronized Session card(String cardId) throws TerminalApiException {
        cardsTapped.add(cardId);
        throttle();
        if (!cardId.equals(CARD)) {
            wrong++;
            throw new TerminalApiException.Refused(403, "Карта не зарегистрирована", "This card is not registered", Optional.empty());
        }
        state = "KEY_ENTERED";
        return session();
    }

    private void throttle() throws TerminalApiException {
        if (wrong >= 5) {
            throw new TerminalApiException.Refused(429, "Слишком много", "Too many", Optional.empty());
        }
    }

    @Override
    public synchronized Optional<Session> attempt() {
        return state.equals("KEY_ISSUED") ? Optional.empty() : Optional.of(session());
    }

    @Override
    public synchronized AttemptView rules(boolean rules, boolean consent) {
        return to("RULES_ACCEPTED");
    }

    @Override
    public synchronized AttemptView photos(List<byte[]> jpegs) {
        photos.addAll(jpegs);
        return to("PHOTOS_TAKEN");
    }

    @Override
    public synchronized List<byte[]> identityPhotos() throws TerminalApiException {
        photoFetches.incrementAndGet();
        if (!Set.of("PHOTOS_TAKEN", "IN_PROGRESS", "PAUSED").contains(state)) {
            throw new TerminalApiException.Refused(409, "Сейчас нельзя", "Not now", Optional.empty());
        }
        return List.copyOf(photos);
    }

    @Override
    public synchronized AttemptView start() {
        return to("IN_PROGRESS");
    }

    /** How many times a restarted terminal said so. */
    int restarts;

    @Override
    public synchronized AttemptView restarted() {
        restarts++;
        if (state.equals("IN_PROGRESS")) {
            paused = true;
            return to("PAUSED");
        }
        return to(state);
    }

    /** The supervisor confirms on the console that the applicant goes on after the pause. */
    synchronized void resume() {
        paused = false;
        state = "IN_PROGRESS";
    }

    @Override
    public synchronized HeartbeatReply heartbeat(Heartbeat heartbeat) {
        instructions.removeIf(i -> heartbeat.ack().contains(i.id()));
        return new HeartbeatReply(Instant.now(), Optional.of(new AttemptClock("A-001.MATH-1", state, 3 * 3600 - 125,
                paused)), instructions);
    }

    @Override
    public synchronized long saveAnswer(String item, long seq, JsonObject response) {
        saved.put(item, response);
        return seq;
    }

    @Override
    public void event(Event event) {
        events.add(event);
    }

    @Override
    public void help() {
    }

    @Override
    public synchronized AttemptView finish() {
        return to("SUBMITTED");
    }

    @Override
    public Variant variant() {
        return new Variant("V1", items);
    }

    @Override
    public byte[] media(String itemId, String path) throws TerminalApiException {
        throw new TerminalApiException.Refused(404, "Нет", "None", Optional.empty());
    }
}
