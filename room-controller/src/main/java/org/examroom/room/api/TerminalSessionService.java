package org.examroom.room.api;

import io.helidon.dbclient.DbRow;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import org.examroom.common.attempt.Actor;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.key.AccessKeys;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.auth.Secrets;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.Rows;
import org.examroom.room.store.StoredAttempt;

/**
 * What a paired terminal does for its applicant: {@code POST /api/v1/terminal/key} enters the access key
 * (single use, bound to the applicant's attempt and, when both are known, to their seat). Wrong keys are
 * throttled per terminal, and a burst across the room is put on the record for the supervisor.
 */
public final class TerminalSessionService implements HttpService {

    /** Wrong keys a terminal may send in {@link #WINDOW} before it must wait. */
    static final int TERMINAL_LIMIT = 5;
    /** Wrong keys across a room in {@link #WINDOW} that alert the supervisor. */
    static final int ROOM_ALERT = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final RoomStore store;
    private final AuditLog audit;
    private final AttemptActions actions;

    public TerminalSessionService(RoomStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
        this.actions = new AttemptActions(store);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/key", this::enterKey).get("/attempt", this::current);
    }

    private void enterKey(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        JsonObject body = Bodies.object(req, 4096);
        String typed = Bodies.string(body, "key");
        String origin = Guard.origin(req);

        long recent = Rows.count(store.read().namedGet("key-failures-terminal", terminal.id(),
                audit.now().minus(WINDOW).toEpochMilli()));
        if (recent >= TERMINAL_LIMIT) {
            throw Problem.throttled("Too many wrong keys from this terminal; wait a few minutes or call the supervisor");
        }
        Optional<String> canonical = AccessKeys.canonical(typed);
        Object outcome = audit.write(r -> {
            Optional<DbRow> key = canonical.flatMap(c -> r.tx().namedGet("key-get", Secrets.sha256(c)));
            String refusal = key.isEmpty() ? "This key is not valid"
                    : key.get().column("REVOKED_AT").get(Long.class) != null ? "This key was replaced by a newer one"
                    : key.get().column("USED_AT").get(Long.class) != null ? "This key was already used"
                    : null;
            StoredAttempt attempt = refusal == null
                    ? store.attempt(r.tx(), Rows.string(key.get(), "ATTEMPT_ID")).orElseThrow() : null;
            if (refusal == null && terminal.seatLabel() != null && attempt.seatLabel().isPresent()
                    && !(attempt.seatLabel().get().equals(terminal.seatLabel())
                        && attempt.roomId().orElse("").equals(terminal.roomId() == null ? "" : terminal.roomId()))) {
                refusal = "This key belongs to seat " + attempt.seatLabel().get() + ", not to this one";
            }
            if (refusal != null) {
                r.tx().namedInsert("key-failure-insert", terminal.id(), terminal.roomId() == null ? "" : terminal.roomId(), r.now().toEpochMilli());
                r.record(terminal.auditName(), origin, "key.refused", terminal.id(), AuditLog.details("reason", refusal));
                if (terminal.roomId() != null && Rows.count(r.tx().namedGet("key-failures-room", terminal.roomId(),
                        r.now().minus(WINDOW).toEpochMilli())) == ROOM_ALERT) {
                    r.record("system", "local", "key.failures.room", terminal.roomId(),
                            AuditLog.details("failures", ROOM_ALERT, "windowMinutes", WINDOW.toMinutes()));
                }
                return Problem.forbidden(refusal + "; ask the supervisor");
            }
            StoredAttempt after = actions.apply(r, attempt, new AttemptEvent.KeyEntered(),
                    new Actor.Applicant(attempt.attempt().applicant()), terminal.auditName(), origin);
            r.tx().namedUpdate("key-use", r.now().toEpochMilli(), terminal.id(), Secrets.sha256(canonical.get()));
            store.bindTerminal(r.tx(), after.id(), terminal.id());
            return store.attempt(r.tx(), after.id()).orElseThrow();
        });
        if (outcome instanceof Problem refusal) {
            throw refusal;
        }
        res.send(view((StoredAttempt) outcome));
    }

    private void current(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        StoredAttempt attempt = store.attemptOfTerminal(store.read(), terminal.id())
                .orElseThrow(() -> Problem.notFound(null, "No attempt is open on this terminal; enter an access key"));
        res.send(view(attempt));
    }

    private JsonObject view(StoredAttempt attempt) {
        var applicant = store.applicant(store.read(), attempt.attempt().applicant().value()).orElseThrow();
        var exam = store.exam(store.read(), attempt.attempt().exam().value()).orElseThrow();
        return Json.createObjectBuilder()
                .add("attempt", ExamService.attemptJson(attempt))
                .add("applicant", applicant.name().shortForm())
                .add("exam", ExamService.json(exam))
                .build();
    }
}
