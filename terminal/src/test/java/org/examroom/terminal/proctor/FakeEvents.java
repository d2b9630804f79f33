package org.examroom.terminal.proctor;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.client.TerminalApiException;

/**
 * A controller that only takes events: it records those it accepted, in order, and can be unreachable for the first
 * calls or refuse events of one kind.
 */
final class FakeEvents implements TerminalApi {

    final List<Event> accepted = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile int unreachableCalls;
    volatile String refusedKind = "";
    volatile int refusedStatus = 409;

    @Override
    public void event(Event event) throws TerminalApiException {
        int call = calls.incrementAndGet();
        if (call <= unreachableCalls) {
            throw new TerminalApiException.Unreachable("connection refused", null);
        }
        if (event.kind().equals(refusedKind)) {
            throw new TerminalApiException.Refused(refusedStatus, "Нет", "No", Optional.empty());
        }
        accepted.add(event);
    }

    @Override
    public Session key(String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Session card(String cardId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Session> attempt() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AttemptView rules(boolean rules, boolean personalDataConsent) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AttemptView photos(List<byte[]> jpegs) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<byte[]> identityPhotos() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AttemptView start() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AttemptView restarted() {
        throw new UnsupportedOperationException();
    }

    @Override
    public HeartbeatReply heartbeat(Heartbeat heartbeat) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long saveAnswer(String item, long seq, JsonObject response) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void help() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AttemptView finish() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Variant variant() {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] media(String itemId, String path) {
        throw new UnsupportedOperationException();
    }
}
