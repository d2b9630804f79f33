package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.COMMITTEE_MEMBER;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;
import static org.examroom.common.exam.StaffRole.TECHNICIAN;

import io.helidon.dbclient.DbRow;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.examroom.common.attempt.Actor;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.exam.Room;
import org.examroom.common.exam.Seat;
import org.examroom.common.exam.StaffId;
import org.examroom.common.policy.LeavingPolicy;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.push.Instructions;
import org.examroom.room.push.RoomLive;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.Rows;
import org.examroom.room.store.StoredAttempt;

/**
 * The supervisor's hand on a running attempt — pause, resume, extend, remove with an act, technical
 * failure, a message, an exit and return — each applied to the attempt and sent to its terminal on the
 * next heartbeat; and the room map, long-polled: {@code GET /api/v1/rooms/{id}/live?since=N}.
 */
public final class SupervisionService implements HttpService {

    /** How long a console's long poll waits for a change before answering with the same version. */
    static final Duration LONG_POLL = Duration.ofSeconds(25);

    private final RoomStore store;
    private final AuditLog audit;
    private final AttemptActions actions;
    private final RoomLive live;
    private final Instructions instructions;

    public SupervisionService(RoomStore store, AuditLog audit, AttemptActions actions, RoomLive live, Instructions instructions) {
        this.store = store;
        this.audit = audit;
        this.actions = actions;
        this.live = live;
        this.instructions = instructions;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/attempts/{id}/pause", this::pause)
                .post("/attempts/{id}/resume", this::resume)
                .post("/attempts/{id}/extend", this::extend)
                .post("/attempts/{id}/remove", this::remove)
                .post("/attempts/{id}/technical-failure", this::technicalFailure)
                .post("/attempts/{id}/message", this::message)
                .post("/attempts/{id}/exit", this::exit)
                .post("/attempts/{id}/return", this::returned)
                .get("/rooms/{id}/live", this::live)
                .post("/help/{id}/close", this::closeHelp)
                .post("/rooms/{id}/key-entry/release", this::releaseKeyEntry);
    }

    private void pause(ServerRequest req, ServerResponse res) {
        Guard.staff(req, SUPERVISOR); // the role before the body: a caller without it learns nothing of the fields
        JsonObject body = Bodies.object(req);
        String reason = Bodies.string(body, "reason");
        act(req, new AttemptEvent.Paused(reason), Instructions.Kind.PAUSE, Jsons.createObjectBuilder().add("reason", reason).build(), res);
    }

    private void resume(ServerRequest req, ServerResponse res) {
        act(req, new AttemptEvent.Resumed(), Instructions.Kind.RESUME, JsonObject.EMPTY_JSON_OBJECT, res);
    }

    private void extend(ServerRequest req, ServerResponse res) {
        Guard.staff(req, SUPERVISOR); // the role before the body: a caller without it learns nothing of the fields
        JsonObject body = Bodies.object(req);
        Duration extra = Bodies.minutes(body, "minutes");
        String reason = Bodies.string(body, "reason");
        act(req, new AttemptEvent.TimeExtended(extra, reason), Instructions.Kind.EXTEND,
                Jsons.createObjectBuilder().add("minutes", extra.toMinutes()).add("reason", reason).build(), res);
    }

    private void remove(ServerRequest req, ServerResponse res) {
        Guard.staff(req, SUPERVISOR); // the role before the body: a caller without it learns nothing of the fields
        JsonObject body = Bodies.object(req);
        String act = Bodies.string(body, "actNumber");
        act(req, new AttemptEvent.Removed(act, Bodies.string(body, "rule"), Bodies.string(body, "reason")),
                Instructions.Kind.REMOVE, Jsons.createObjectBuilder().add("actNumber", act).build(), res);
    }

    private void technicalFailure(ServerRequest req, ServerResponse res) {
        Guard.staff(req, SUPERVISOR); // the role before the body: a caller without it learns nothing of the fields
        JsonObject body = Bodies.object(req);
        String description = Bodies.string(body, "description");
        act(req, new AttemptEvent.TechnicalFailure(description), Instructions.Kind.LOCK,
                Jsons.createObjectBuilder().add("reason", "technical failure").build(), res);
    }

    private void exit(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        String id = Paths.id(req, "id");
        JsonObject reply = audit.write(r -> {
            StoredAttempt attempt = actions.load(r, id);
            ExamRecord exam = store.exam(r.tx(), attempt.attempt().exam().value()).orElseThrow();
            Instant started = attempt.attempt().first(AttemptEvent.TestStarted.class)
                    .orElseThrow(() -> Problem.conflict("The test has not started")).at();
            var decision = exam.policies().leaving().decide(exam.exam().duration(), Duration.between(started, r.now()),
                    (int) attempt.attempt().count(AttemptEvent.LeftRoom.class));
            if (decision instanceof LeavingPolicy.ExitDecision.Refused refused) {
                throw Problem.refused(refused.explanation());
            }
            StoredAttempt after = actions.apply(r, attempt, new AttemptEvent.LeftRoom(), new Actor.Staff(new StaffId(by.id())),
                    by.auditName(), Guard.origin(req));
            return Jsons.createObjectBuilder().add("attempt", ExamService.attemptJson(after))
                    .add("explanation", Texts.json(decision.explanation())).build();
        });
        res.send(reply);
    }

    private void returned(ServerRequest req, ServerResponse res) {
        act(req, new AttemptEvent.ReturnedToRoom(), null, null, res);
    }

    private void message(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, COMMITTEE_MEMBER, TECHNICIAN);
        String id = Paths.id(req, "id");
        String text = Bodies.string(Bodies.object(req), "text").strip();
        if (text.isEmpty() || text.length() > 500) {
            throw Problem.invalid("text", "A message is 1..500 characters");
        }
        audit.write(r -> {
            StoredAttempt attempt = actions.load(r, id);
            String terminal = attempt.terminalId().orElseThrow(() -> Problem.conflict("The applicant has no terminal yet"));
            instructions.add(r.tx(), terminal, Instructions.Kind.MESSAGE, Jsons.createObjectBuilder().add("text", text).build(), r.now());
            r.record(by.auditName(), Guard.origin(req), "terminal.message", id, AuditLog.none());
            r.afterCommit(instructions::reload);
            return null;
        });
        res.status(202).send(Jsons.createObjectBuilder().add("queued", true).build());
    }

    /** Applies the event and, when the applicant is at a terminal, queues the matching instruction. */
    private void act(ServerRequest req, AttemptEvent event, Instructions.Kind kind, JsonObject payload, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        String id = Paths.id(req, "id");
        StoredAttempt after = audit.write(r -> {
            StoredAttempt changed = actions.apply(r, actions.load(r, id), event, new Actor.Staff(new StaffId(by.id())),
                    by.auditName(), Guard.origin(req));
            if (kind != null) {
                changed.terminalId().ifPresent(t -> instructions.add(r.tx(), t, kind, payload, r.now()));
                r.afterCommit(instructions::reload);
            }
            return changed;
        });
        res.send(ExamService.attemptJson(after));
    }

    /**
     * The supervisor has looked at the room after a burst of wrong keys and lets key entry go on: the room's count of
     * wrong keys starts again (each refusal stays on the audit trail).
     */
    private void releaseKeyEntry(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        String roomId = Paths.id(req, "id");
        store.room(store.read(), roomId).orElseThrow(() -> Problem.notFound("id", "No room " + roomId));
        long cleared = audit.write(r -> {
            long n = r.tx().namedDelete("key-failures-room-clear", roomId);
            r.record(by.auditName(), Guard.origin(req), "key.entry.released", roomId, AuditLog.details("wrongKeys", n));
            r.afterCommit(live::bump);
            return n;
        });
        res.send(Jsons.createObjectBuilder().add("roomId", roomId).add("cleared", cleared).build());
    }

    private void closeHelp(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, TECHNICIAN);
        long id;
        try {
            id = Long.parseLong(req.path().pathParameters().get("id"));
        } catch (NumberFormatException e) {
            throw Problem.badRequest("id", "A help request id is a number");
        }
        long closed = audit.write(r -> {
            long n = r.tx().namedUpdate("help-close", r.now().toEpochMilli(), by.id(), id);
            if (n > 0) {
                r.record(by.auditName(), Guard.origin(req), "help.answered", Long.toString(id), AuditLog.none());
                r.afterCommit(live::bump);
            }
            return n;
        });
        if (closed == 0) {
            throw Problem.notFound("id", "No open help request " + id);
        }
        res.status(204).send();
    }

    /**
     * The room map: every seat with its applicant's attempt state, time left, terminal presence and open
     * help requests. With {@code since=N}, waits up to 25 s for a version above N first.
     */
    private void live(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String roomId = Paths.id(req, "id");
        Room room = store.room(store.read(), roomId).orElseThrow(() -> Problem.notFound("id", "No room " + roomId));
        long since = AuditService.query(req, "since", 0, Long.MAX_VALUE, 0);
        long version;
        try {
            version = since > 0 ? live.awaitAfter(since, LONG_POLL) : live.version();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.conflict("The server is stopping");
        }
        Instant now = audit.now();
        Map<String, StoredAttempt> bySeat = new HashMap<>();
        for (ExamRecord exam : store.exams()) {
            for (StoredAttempt a : store.attemptsOfExam(store.read(), exam.exam().id().value())) {
                if (roomId.equals(a.roomId().orElse(null)) && a.seatLabel().isPresent()) {
                    StoredAttempt other = bySeat.get(a.seatLabel().get());
                    if (other == null || other.attempt().state().isFinal()) {
                        bySeat.put(a.seatLabel().get(), a);
                    }
                }
            }
        }
        Map<String, Long> helpByTerminal = new HashMap<>();
        try (Stream<DbRow> rows = store.read().namedQuery("help-open")) {
            rows.forEach(r -> helpByTerminal.put(Rows.string(r, "TERMINAL_ID"), Rows.longValue(r, "ID")));
        }
        Map<String, Flags> flags = new HashMap<>();
        try (Stream<DbRow> rows = store.read().namedQuery("proctoring-flags", roomId)) {
            rows.forEach(r -> {
                String kind = flagKind(Rows.string(r, "DETAILS"));
                Flags next = SETUP_NOTES.contains(kind) ? new Flags(0, "", java.util.Set.of(kind)) : new Flags(1, kind, java.util.Set.of());
                flags.merge(Rows.string(r, "ATTEMPT_ID"), next, Flags::then);
            });
        }
        JsonArrayBuilder seats = Jsons.createArrayBuilder();
        for (Seat seat : room.seats()) {
            JsonObjectBuilder s = Jsons.createObjectBuilder().add("seat", seat.label()).add("row", seat.row()).add("column", seat.column());
            Optional.ofNullable(bySeat.get(seat.label())).ifPresent(a -> {
                s.add("attemptId", a.id()).add("state", a.attempt().state().name());
                store.applicant(store.read(), a.attempt().applicant().value()).ifPresent(p -> s.add("applicant", p.name().shortForm()));
                a.variantId().ifPresent(v -> s.add("variantId", v));
                Optional.ofNullable(flags.get(a.id())).ifPresent(f -> {
                    if (f.count() > 0) {
                        s.add("flags", f.count()).add("lastFlag", f.last());
                    }
                    if (!f.notes().isEmpty()) {
                        s.add("setupNotes", Jsons.createArrayBuilder(f.notes().stream().sorted().toList()));
                    }
                });
                actions.clocks().clock(a.id()).ifPresent(c -> s.add("remainingSeconds", c.remainingAt(now).toSeconds()));
                a.terminalId().ifPresent(t -> {
                    s.add("terminalId", t);
                    live.presence(t).ifPresent(p -> s.add("online", p.onlineAt(now)).add("lastSeen", p.lastSeen().toString())
                            .add("status", p.status()).add("clockOffsetMs", p.clockOffsetMs()).add("pendingAnswers", p.pendingAnswers()));
                    if (live.presence(t).isEmpty()) {
                        s.add("online", false);
                    }
                    Optional.ofNullable(helpByTerminal.get(t)).ifPresent(h -> s.add("helpRequest", h));
                });
            });
            seats.add(s);
        }
        long wrongKeys = org.examroom.room.store.Rows.count(store.read().namedGet("key-failures-room", roomId,
                now.minus(TerminalSessionService.WINDOW).toEpochMilli()));
        res.send(Jsons.createObjectBuilder().add("version", version).add("roomId", roomId).add("at", now.toString())
                .add("wrongKeysLast10Minutes", wrongKeys)
                .add("wrongKeyAlert", wrongKeys >= TerminalSessionService.ROOM_ALERT)
                .add("keyEntryPaused", wrongKeys >= TerminalSessionService.ROOM_LIMIT)
                .add("seats", seats).build());
    }

    /** What a terminal reports of its own setup: notes for the pre-exam check, not violations. */
    private static final java.util.Set<String> SETUP_NOTES = java.util.Set.of("SECOND_MONITOR", "FACE_CHECKS_UNAVAILABLE");

    /** The proctoring events the terminal reported for one attempt: how many, the kind of the latest, setup notes. */
    private record Flags(int count, String last, java.util.Set<String> notes) {
        Flags then(Flags next) {
            java.util.Set<String> all = new java.util.TreeSet<>(notes);
            all.addAll(next.notes());
            return new Flags(count + next.count(), next.count() > 0 ? next.last() : last, all);
        }
    }

    private static String flagKind(String details) {
        try (var reader = Jsons.createReader(new java.io.StringReader(details))) {
            return reader.readObject().getString("kind", "");
        } catch (RuntimeException e) {
            return "";
        }
    }
}
