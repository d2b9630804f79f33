package org.examroom.room.api;

import io.helidon.dbclient.DbRow;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.examroom.common.attempt.Actor;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.attempt.AttemptLifecycle;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.i18n.Explanation;
import org.examroom.common.key.AccessKeys;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.CardSecret;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.auth.Secrets;
import org.examroom.room.content.ExamPackages;
import org.examroom.room.push.Instructions;
import org.examroom.room.push.RoomLive;
import org.examroom.room.store.ApplicantCards;
import org.examroom.room.store.EvidenceFiles;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.Rows;
import org.examroom.room.store.StoredAttempt;

/**
 * What a paired terminal does for its applicant, under {@code /api/v1/terminal}: enter the access key (typed, from a
 * slip, or as the card registered to the applicant),
 * accept the rules and consent, upload identity photos (and fetch them again after a restart mid-test), start, send
 * heartbeats (whose replies carry instructions), save answers, report proctoring events, call for help, finish.
 */
public final class TerminalSessionService implements HttpService {

    private static final System.Logger LOG = System.getLogger(TerminalSessionService.class.getName());

    /** Wrong keys a terminal may send in {@link #WINDOW} before it must wait. */
    static final int TERMINAL_LIMIT = 5;
    /** Wrong keys across a room in {@link #WINDOW} that alert the supervisor. */
    static final int ROOM_ALERT = 20;
    /**
     * Wrong keys across a room in {@link #WINDOW} after which key entry in the whole room pauses until a supervisor,
     * told on the room map, has looked and releases it: someone is trying keys from many terminals.
     */
    static final int ROOM_LIMIT = 50;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Identity photos per upload, and the size of one. */
    static final int MAX_PHOTOS = 10;
    static final int MAX_IMAGE = 2 * 1024 * 1024;

    private final RoomStore store;
    private final AuditLog audit;
    private final AttemptActions actions;
    private final RoomLive live;
    private final Instructions instructions;
    private final EvidenceFiles evidence;
    private final ExamPackages packages;
    private final CardSecret cards;
    /** Each variant's items as JSON, made once per package: at the start every terminal asks at the same moment. */
    private final java.util.Map<String, String> variantJson = new java.util.concurrent.ConcurrentHashMap<>();

    public TerminalSessionService(RoomStore store, AuditLog audit, AttemptActions actions, RoomLive live,
            Instructions instructions, EvidenceFiles evidence, ExamPackages packages, CardSecret cards) {
        this.packages = packages;
        this.cards = cards;
        this.store = store;
        this.audit = audit;
        this.actions = actions;
        this.live = live;
        this.instructions = instructions;
        this.evidence = evidence;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/key", this::enterKey)
                .post("/card", this::enterCard)
                .get("/attempt", this::current)
                .post("/rules", this::acceptRules)
                .post("/photos", this::photos)
                .get("/photos", this::identityPhotos)
                .post("/start", this::start)
                .post("/restarted", this::restarted)
                .post("/heartbeat", this::heartbeat)
                .put("/answers/{item}", this::saveAnswer)
                .get("/answers", this::answers)
                .get("/variant", this::variant)
                .get("/media/{item}/{+path}", this::media)
                .post("/events", this::proctoringEvent)
                .post("/help", this::help)
                .post("/finish", this::finish);
    }

    private void enterKey(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        JsonObject body = Bodies.object(req, 4096);
        String typed = Bodies.string(body, "key");
        String origin = Guard.origin(req);
        throttle(terminal);
        Optional<String> canonical = AccessKeys.canonical(typed);
        Object outcome = audit.write(r -> {
            Optional<DbRow> key = canonical.flatMap(c -> r.tx().namedGet("key-get", Secrets.sha256(c)));
            if (key.isPresent() && terminal.id().equals(key.get().column("USED_BY").get(String.class))) {
                // this terminal entered the key already and did not get the reply: answer again
                return store.attempt(r.tx(), Rows.string(key.get(), "ATTEMPT_ID")).orElseThrow();
            }
            String refusal = key.isEmpty() ? "key.invalid"
                    : key.get().column("REVOKED_AT").get(Long.class) != null ? "key.replaced"
                    : key.get().column("USED_AT").get(Long.class) != null ? "key.used"
                    : null;
            if (refusal != null) {
                return refuse(r, terminal, origin, "key.refused", Explanation.of(refusal));
            }
            return open(r, terminal, origin, Rows.string(key.get(), "ATTEMPT_ID"), Secrets.sha256(canonical.get()), "key.otherSeat",
                    "key.refused");
        });
        res.send(view(opened(outcome)));
    }

    /**
     * A card tapped at the key screen stands for its holder's issued key: the same reply, refusals, throttling (wrong
     * cards and wrong keys count together) and resends as {@link #enterKey}. An applicant whose key is not issued yet
     * cannot start with a card. The card id goes no further than its HMAC.
     */
    private void enterCard(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        JsonObject body = Bodies.object(req, 4096);
        Optional<String> card = CardSecret.normalise(Bodies.string(body, "cardId")).map(cards::hash);
        String origin = Guard.origin(req);
        throttle(terminal);
        Object outcome = audit.write(r -> {
            Optional<String> holder = card.flatMap(hash -> ApplicantCards.holder(r.tx(), hash));
            if (holder.isEmpty()) {
                return refuse(r, terminal, origin, "card.refused", Explanation.of("card.unknown"));
            }
            List<ApplicantCards.Key> keys = ApplicantCards.keysOf(r.tx(), holder.get());
            Optional<StoredAttempt> open = store.attemptOfTerminal(r.tx(), terminal.id());
            if (open.isPresent() && keys.stream().anyMatch(k -> k.attemptId().equals(open.get().id())
                    && terminal.id().equals(k.usedBy().orElse(null)))) {
                // this terminal opened the holder's attempt already and did not get the reply: answer again
                return open.get();
            }
            List<ApplicantCards.Key> unused = keys.stream().filter(ApplicantCards.Key::unused).toList();
            if (unused.isEmpty()) {
                return refuse(r, terminal, origin, "card.refused", Explanation.of(keys.isEmpty() ? "card.noKey" : "card.used"));
            }
            ApplicantCards.Key key = unused.stream()
                    .filter(k -> store.attempt(r.tx(), k.attemptId()).filter(a -> atSeat(a, terminal)).isPresent())
                    .findFirst().orElse(unused.getFirst());
            Object entered = open(r, terminal, origin, key.attemptId(), key.keyHash(), "card.otherSeat", "card.refused");
            if (entered instanceof StoredAttempt attempt) {
                r.record(terminal.auditName(), origin, "card.used", attempt.id(), AuditLog.details("keyNumber", key.keyNumber()));
            }
            return entered;
        });
        res.send(view(opened(outcome)));
    }

    /**
     * After {@link #TERMINAL_LIMIT} wrong keys or cards in {@link #WINDOW}, a terminal waits; after {@link #ROOM_LIMIT}
     * across its room, every terminal of the room waits for the supervisor.
     */
    private void throttle(Principal.Terminal terminal) {
        long recent = Rows.count(store.read().namedGet("key-failures-terminal", terminal.id(),
                audit.now().minus(WINDOW).toEpochMilli()));
        if (recent >= TERMINAL_LIMIT) {
            throw Problem.throttled(Explanation.of("key.throttled"));
        }
        if (terminal.roomId() != null && Rows.count(store.read().namedGet("key-failures-room", terminal.roomId(),
                audit.now().minus(WINDOW).toEpochMilli())) >= ROOM_LIMIT) {
            throw Problem.throttled(Explanation.of("key.roomPaused"));
        }
    }

    /** Opens the attempt with its unused key at this terminal, or refuses when the attempt sits at another seat. */
    private Object open(AuditLog.Recorder r, Principal.Terminal terminal, String origin, String attemptId, String keyHash,
            String otherSeat, String refusedAction) {
        StoredAttempt attempt = store.attempt(r.tx(), attemptId).orElseThrow();
        if (!atSeat(attempt, terminal)) {
            return refuse(r, terminal, origin, refusedAction, Explanation.of(otherSeat, attempt.seatLabel().get()));
        }
        StoredAttempt after = actions.apply(r, attempt, new AttemptEvent.KeyEntered(),
                new Actor.Applicant(attempt.attempt().applicant()), terminal.auditName(), origin);
        r.tx().namedUpdate("key-use", r.now().toEpochMilli(), terminal.id(), keyHash);
        store.bindTerminal(r.tx(), after.id(), terminal.id());
        StoredAttempt bound = store.attempt(r.tx(), after.id()).orElseThrow();
        actions.changed(r, bound);
        return bound;
    }

    /** Whether the attempt may be opened at this terminal: a terminal or an attempt without a seat takes any. */
    private static boolean atSeat(StoredAttempt attempt, Principal.Terminal terminal) {
        return terminal.seatLabel() == null || attempt.seatLabel().isEmpty()
                || attempt.seatLabel().get().equals(terminal.seatLabel())
                    && attempt.roomId().orElse("").equals(terminal.roomId() == null ? "" : terminal.roomId());
    }

    /** A wrong key or card: counted for throttling, put on the audit trail, and the supervisor told when a room sees many. */
    private Problem refuse(AuditLog.Recorder r, Principal.Terminal terminal, String origin, String action, Explanation refusal) {
        r.tx().namedInsert("key-failure-insert", terminal.id(), terminal.roomId() == null ? "" : terminal.roomId(), r.now().toEpochMilli());
        r.record(terminal.auditName(), origin, action, terminal.id(), AuditLog.details("reason", refusal.in(java.util.Locale.ENGLISH)));
        if (terminal.roomId() != null && Rows.count(r.tx().namedGet("key-failures-room", terminal.roomId(),
                r.now().minus(WINDOW).toEpochMilli())) == ROOM_ALERT) {
            r.record("system", "local", "key.failures.room", terminal.roomId(),
                    AuditLog.details("failures", ROOM_ALERT, "windowMinutes", WINDOW.toMinutes()));
            r.afterCommit(live::bump);
        }
        return Problem.forbidden(Explanation.of("key.refusedAskSupervisor", refusal));
    }

    /** The refusal is thrown only after the transaction commits, so it stays counted and on the record. */
    private static StoredAttempt opened(Object outcome) {
        if (outcome instanceof Problem refusal) {
            throw refusal;
        }
        return (StoredAttempt) outcome;
    }

    private void current(ServerRequest req, ServerResponse res) {
        res.send(view(attemptOf(Guard.terminal(req))));
    }

    private void acceptRules(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        JsonObject body = Bodies.object(req, 4096);
        AttemptEvent event = new AttemptEvent.RulesAccepted(Bodies.bool(body, "rules"), Bodies.bool(body, "personalDataConsent"));
        res.send(view(change(req, terminal, event)));
    }

    private void photos(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        JsonObject body = Bodies.object(req, MAX_PHOTOS * (MAX_IMAGE * 4 / 3 + 100));
        JsonArray list = Bodies.array(body, "photos");
        if (list.isEmpty() || list.size() > MAX_PHOTOS) {
            throw Problem.invalid("photos", "Send 1.." + MAX_PHOTOS + " photos, got " + list.size());
        }
        List<byte[]> images = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            images.add(image(list.get(i), "photos[" + i + "]"));
        }
        StoredAttempt attempt = attemptOf(terminal);
        List<String> paths = images.stream().map(img -> evidence.store(attempt.id(), "identity", img)).toList();
        StoredAttempt after = audit.write(r -> {
            StoredAttempt now = actions.load(r, attempt.id());
            for (int i = 0; i < paths.size(); i++) {
                r.tx().namedInsert("evidence-insert", attempt.id(), "identity-photo", r.now().toEpochMilli(), paths.get(i),
                        sha256(images.get(i)), "{}");
            }
            return actions.apply(r, now, new AttemptEvent.PhotosTaken(images.size()),
                    new Actor.Applicant(now.attempt().applicant()), terminal.auditName(), Guard.origin(req));
        });
        res.send(view(after));
    }

    /**
     * The identity photos of the attempt open on this terminal, as they were uploaded: a terminal that restarted in
     * the middle of the test enrols its face checks from them again, since it keeps no biometric template on its
     * disk. Only the terminal holding the attempt gets them, and only once they were taken and while the test is
     * ahead or under way. A file that no longer matches the SHA-256 recorded at the upload is
     * left out: enrolling from a swapped photo would let another person sit the test. Each fetch is on the audit trail,
     * the photos being personal data.
     */
    private void identityPhotos(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        StoredAttempt attempt = attemptOf(terminal);
        requirePhotosTaken(attempt);
        JsonArrayBuilder photos = Jsons.createArrayBuilder();
        int sent = 0;
        try (java.util.stream.Stream<DbRow> rows = store.read().namedQuery("identity-photos-of-attempt", attempt.id())) {
            for (DbRow row : rows.toList()) {
                byte[] photo = evidence.read(Rows.string(row, "PATH"));
                if (!sha256(photo).equals(Rows.string(row, "SHA256"))) {
                    LOG.log(System.Logger.Level.WARNING, "An identity photo of attempt {0} no longer matches its recorded SHA-256;"
                            + " it is not sent to the terminal", attempt.id());
                    continue;
                }
                photos.add(Base64.getEncoder().encodeToString(photo));
                sent++;
            }
        }
        audit.record(terminal.auditName(), Guard.origin(req), "photos.fetched", attempt.id(), AuditLog.details("photos", sent));
        res.send(Jsons.createObjectBuilder().add("attemptId", attempt.id()).add("photos", photos).build());
    }

    /** The identity photos are taken and the test is ahead or under way: what the variant and the photos wait for. */
    private static void requirePhotosTaken(StoredAttempt attempt) {
        AttemptState state = attempt.attempt().state();
        if (state != AttemptState.PHOTOS_TAKEN && state != AttemptState.IN_PROGRESS && state != AttemptState.PAUSED) {
            throw Problem.refused(Explanation.of("attempt.wrongState", AttemptLifecycle.stateName(state),
                    AttemptLifecycle.stateName(AttemptState.PHOTOS_TAKEN)));
        }
    }

    private void start(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        res.send(view(change(req, terminal, new AttemptEvent.TestStarted())));
    }

    /**
     * A terminal that restarted in the middle of the test (a crash, a power cut) says so before it reopens the test:
     * the applicant's clock stops, the terminal shows the pause, and the room map calls the supervisor, who checks the
     * desk and resumes. Said again (a lost reply), it changes nothing more.
     */
    private void restarted(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        StoredAttempt attempt = actions.lastAttemptOn(terminal.id()).flatMap(actions::latest).orElseGet(() -> attemptOf(terminal));
        if (attempt.attempt().state() != AttemptState.IN_PROGRESS) {
            res.send(view(attempt));
            return;
        }
        String reason = "Терминал перезапущен: ответственный подтверждает продолжение / The terminal restarted: the supervisor confirms going on";
        StoredAttempt paused = audit.write(r -> {
            StoredAttempt changed = actions.apply(r, actions.load(r, attempt.id()), new AttemptEvent.Paused(reason),
                    new Actor.System("terminal-restart"), terminal.auditName(), Guard.origin(req));
            instructions.add(r.tx(), terminal.id(), Instructions.Kind.PAUSE, Jsons.createObjectBuilder().add("reason", reason).build(), r.now());
            r.tx().namedInsert("help-insert", attempt.id(), terminal.id(), r.now().toEpochMilli());
            r.record(terminal.auditName(), Guard.origin(req), "terminal.restarted", attempt.id(), AuditLog.none());
            r.afterCommit(instructions::reload);
            r.afterCommit(live::bump);
            return changed;
        });
        res.send(view(paused));
    }

    private void finish(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        JsonObject body = Bodies.object(req, 4096);
        if (!Bodies.bool(body, "confirmed")) {
            throw Problem.invalid("confirmed", "Finishing needs the applicant's final confirmation");
        }
        res.send(view(change(req, terminal, new AttemptEvent.Submitted(false))));
    }

    /**
     * The heartbeat, once a second: the terminal says how it is; the reply carries the room's clock, the
     * attempt's state and time left, and the instructions not yet acknowledged. No database write unless
     * instructions are acknowledged.
     */
    private void heartbeat(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        JsonObject body = Bodies.object(req, 8192);
        String status = Bodies.optionalString(body, "status").orElse("UNKNOWN");
        if (status.length() > 32) {
            throw Problem.invalid("status", "A status is at most 32 characters");
        }
        long offset = Bodies.optionalInteger(body, "clockOffsetMs").orElse(0L);
        int pendingAnswers = Bodies.optionalInteger(body, "pendingAnswers").orElse(0L).intValue();
        List<Long> acks = new ArrayList<>();
        if (body.containsKey("ack")) {
            for (JsonValue v : Bodies.array(body, "ack")) {
                if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                    throw Problem.badRequest("ack", "Field 'ack' lists instruction ids");
                }
                acks.add(n.longValue());
            }
        }
        Instant now = audit.now();
        live.heartbeat(terminal.id(), now, status, offset, pendingAnswers);
        instructions.acknowledge(terminal.id(), acks, now);

        JsonObjectBuilder reply = Jsons.createObjectBuilder().add("serverTime", now.toString()).add("version", live.version());
        actions.attemptOn(terminal.id()).ifPresent(id -> {
            JsonObjectBuilder a = Jsons.createObjectBuilder().add("id", id);
            actions.stateOf(id).ifPresent(s -> a.add("state", s.name()));
            actions.clocks().clock(id).ifPresent(c -> a.add("remainingSeconds", c.remainingAt(now).toSeconds())
                    .add("deadline", c.deadlineAt(now).toString()).add("paused", c.pausedAt(now)));
            reply.add("attempt", a);
        });
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        instructions.pendingFor(terminal.id()).forEach(i -> list.add(i.json()));
        res.send(reply.add("instructions", list).build());
    }

    /**
     * Saves one answer: {@code PUT /answers/{item}} {@code {"seq":N,"response":…}}. A save whose sequence
     * number is not above the stored one changes nothing and is acknowledged all the same, so resending
     * after a lost reply and reordering are harmless. Acknowledged only after Derby commits.
     */
    private void saveAnswer(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        String item = req.path().pathParameters().get("item");
        if (item.isEmpty() || item.length() > 200) {
            throw Problem.badRequest("item", "An item id is 1..200 characters");
        }
        JsonObject body = Bodies.object(req, 40_000);
        long seq = Bodies.integer(body, "seq");
        if (seq < 1) {
            throw Problem.invalid("seq", "Sequence numbers start at 1");
        }
        JsonValue response = body.get("response");
        if (response == null) {
            throw Problem.badRequest("response", "Field 'response' is required (null clears the answer)");
        }
        String text = response.toString();
        if (text.length() > 32_000) {
            throw Problem.tooLarge("An answer is at most 32,000 characters of JSON");
        }
        String attemptId = actions.lastAttemptOn(terminal.id())
                .orElseThrow(() -> Problem.conflict("No attempt is open on this terminal"));
        long stored;
        try {
            stored = store.saveAnswer(attemptId, item, seq, text, audit.now(), actions.stateOf(attemptId).orElse(AttemptState.REGISTERED));
        } catch (RoomStore.AnswersLocked locked) {
            throw Problem.refused(org.examroom.common.i18n.Explanation.of("attempt.wrongState",
                    org.examroom.common.attempt.AttemptLifecycle.stateName(locked.state()),
                    org.examroom.common.attempt.AttemptLifecycle.stateName(AttemptState.IN_PROGRESS)));
        }
        res.send(Jsons.createObjectBuilder().add("item", item).add("seq", seq).add("storedSeq", stored).build());
    }

    /**
     * The applicant's variant, items without answers, once the package is unsealed and the applicant's
     * identity photos are taken. Every terminal may fetch at the same moment (the start): it is served
     * from the open package in memory.
     */
    private void variant(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        StoredAttempt attempt = actions.attemptOn(terminal.id()).flatMap(actions::latest)
                .orElseGet(() -> attemptOf(terminal));
        requirePhotosTaken(attempt);
        String examId = attempt.attempt().exam().value();
        var opened = packages.opened(examId).orElseThrow(() -> Problem.conflict("The exam's package is not unsealed yet: wait for the start"));
        String variantId = variantOf(attempt, opened);
        String items = variantJson.computeIfAbsent(opened.identity().fingerprint() + "/" + variantId, k -> {
            JsonArrayBuilder list = Jsons.createArrayBuilder();
            opened.forTerminal(variantId).forEach(i -> list.add(org.examroom.common.wire.PublicItemJson.toJson(i)));
            return list.build().toString();
        });
        res.header(io.helidon.http.HeaderNames.CONTENT_TYPE, "application/json");
        res.send("{\"attemptId\":" + Jsons.createValue(attempt.id()) + ",\"variantId\":" + Jsons.createValue(variantId)
                + ",\"items\":" + items + "}");
    }

    /** The seated variant, or for an applicant seated by hand without one, a variant chosen from the attempt's id. */
    static String variantOf(StoredAttempt attempt, org.examroom.common.seal.UnsealedPackage opened) {
        if (attempt.variantId().isPresent() && opened.variant(attempt.variantId().get()).isPresent()) {
            return attempt.variantId().get();
        }
        var variants = opened.variants();
        return variants.get(Math.floorMod(attempt.id().hashCode(), variants.size())).id();
    }

    /** A media file of an item in the applicant's variant. */
    private void media(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        StoredAttempt attempt = attemptOf(terminal);
        var opened = packages.opened(attempt.attempt().exam().value())
                .orElseThrow(() -> Problem.conflict("The exam's package is not unsealed yet"));
        String item = req.path().pathParameters().get("item");
        String path = req.path().pathParameters().get("path");
        var publicItem = opened.forTerminal(variantOf(attempt, opened)).stream().filter(i -> i.id().equals(item)).findFirst()
                .orElseThrow(() -> Problem.notFound("item", "No item " + item + " in this applicant's variant"));
        if (!publicItem.media().contains(path)) {
            throw Problem.notFound("path", "Item " + item + " has no media file " + path);
        }
        byte[] bytes = opened.media().entrySet().stream().filter(e -> e.getKey().equals(path) || e.getKey().endsWith("/" + path))
                .map(java.util.Map.Entry::getValue).findFirst()
                .orElseThrow(() -> Problem.notFound("path", "The package holds no file " + path));
        res.header(io.helidon.http.HeaderNames.CONTENT_TYPE, contentType(path));
        res.send(bytes);
    }

    private static String contentType(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".png") ? "image/png" : p.endsWith(".jpg") || p.endsWith(".jpeg") ? "image/jpeg"
                : p.endsWith(".gif") ? "image/gif" : p.endsWith(".svg") ? "image/svg+xml" : p.endsWith(".mp3") ? "audio/mpeg"
                : "application/octet-stream";
    }

    /** Every answer the controller holds for the terminal's latest attempt: what a restarted terminal resumes from. */
    private void answers(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        String attemptId = actions.lastAttemptOn(terminal.id())
                .orElseThrow(() -> Problem.conflict("No attempt is open on this terminal"));
        JsonObjectBuilder items = Jsons.createObjectBuilder();
        store.answers(store.read(), attemptId).forEach((item, answer) -> {
            try (var reader = Jsons.createReader(new java.io.StringReader(answer.response()))) {
                items.add(item, Jsons.createObjectBuilder().add("seq", answer.seq()).add("response", reader.readValue())
                        .add("savedAt", answer.savedAt().toString()));
            }
        });
        res.send(Jsons.createObjectBuilder().add("attemptId", attemptId).add("answers", items).build());
    }

    /** A proctoring event with an optional JPEG snapshot: kept as evidence, recorded, shown to the console. */
    private void proctoringEvent(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        JsonObject body = Bodies.object(req, MAX_IMAGE * 4 / 3 + 8192);
        String kind = Bodies.string(body, "kind");
        if (!kind.matches("[A-Z_]{2,32}")) {
            throw Problem.invalid("kind", "An event kind is an upper-case name such as FACE_ABSENT");
        }
        Instant startedAt = Bodies.instant(body, "start");
        Optional<Instant> endedAt = body.containsKey("end") && body.get("end") != JsonValue.NULL
                ? Optional.of(Bodies.instant(body, "end")) : Optional.empty();
        double confidence = body.get("confidence") instanceof JsonNumber n ? n.doubleValue() : 1.0;
        Optional<byte[]> snapshot = body.containsKey("snapshot") ? Optional.of(image(body.get("snapshot"), "snapshot")) : Optional.empty();
        String attemptId = actions.attemptOn(terminal.id()).orElseThrow(() -> Problem.conflict("No attempt is open on this terminal"));
        String path = snapshot.map(s -> evidence.store(attemptId, "snapshot", s)).orElse("");
        audit.write(r -> {
            String details = Jsons.createObjectBuilder().add("kind", kind).add("start", startedAt.toString())
                    .add("end", endedAt.map(Instant::toString).orElse("")).add("confidence", confidence).build().toString();
            r.tx().namedInsert("evidence-insert", attemptId, "proctoring", r.now().toEpochMilli(), path,
                    snapshot.map(TerminalSessionService::sha256).orElse("0".repeat(64)), details);
            r.record(terminal.auditName(), Guard.origin(req), "proctoring." + kind, attemptId,
                    AuditLog.details("confidence", confidence, "snapshot", !path.isEmpty()));
            r.afterCommit(live::bump);
            return null;
        });
        res.status(201).send(Jsons.createObjectBuilder().add("recorded", true).build());
    }

    private void help(ServerRequest req, ServerResponse res) {
        Principal.Terminal terminal = Guard.terminal(req);
        String attemptId = actions.attemptOn(terminal.id()).orElse("");
        audit.write(r -> {
            r.tx().namedInsert("help-insert", attemptId, terminal.id(), r.now().toEpochMilli());
            r.record(terminal.auditName(), Guard.origin(req), "help.requested", attemptId.isEmpty() ? terminal.id() : attemptId, AuditLog.none());
            r.afterCommit(live::bump);
            return null;
        });
        res.status(201).send(Jsons.createObjectBuilder().add("requested", true).build());
    }

    /**
     * Applies the applicant's step. A step that already happened (the terminal resends after a lost reply)
     * answers with the attempt as it is, instead of a refusal.
     */
    private StoredAttempt change(ServerRequest req, Principal.Terminal terminal, AttemptEvent event) {
        StoredAttempt attempt = actions.lastAttemptOn(terminal.id()).flatMap(actions::latest).orElseGet(() -> attemptOf(terminal));
        if (alreadyDone(attempt.attempt().state(), event)) {
            return attempt;
        }
        return audit.write(r -> actions.apply(r, actions.load(r, attempt.id()), event,
                new Actor.Applicant(attempt.attempt().applicant()), terminal.auditName(), Guard.origin(req)));
    }

    private static boolean alreadyDone(AttemptState state, AttemptEvent event) {
        return switch (event) {
            case AttemptEvent.RulesAccepted r -> java.util.EnumSet.of(AttemptState.RULES_ACCEPTED, AttemptState.PHOTOS_TAKEN,
                    AttemptState.IN_PROGRESS, AttemptState.PAUSED).contains(state);
            case AttemptEvent.TestStarted t -> state == AttemptState.IN_PROGRESS || state == AttemptState.PAUSED;
            case AttemptEvent.Submitted s -> state == AttemptState.SUBMITTED;
            default -> false;
        };
    }

    private StoredAttempt attemptOf(Principal.Terminal terminal) {
        return store.attemptOfTerminal(store.read(), terminal.id())
                .orElseThrow(() -> Problem.conflict("No attempt is open on this terminal; enter an access key"));
    }

    /**
     * The attempt as the terminal sees it, with the applicant's short name, the exam, and the proctoring preset that
     * monitors this applicant: the exam's, or {@code accommodated} for an applicant granted an accommodation. The
     * terminal reads it at the key and again after a restart, before the test opens.
     */
    private JsonObject view(StoredAttempt attempt) {
        var applicant = store.applicant(store.read(), attempt.attempt().applicant().value()).orElseThrow();
        var exam = store.exam(store.read(), attempt.attempt().exam().value()).orElseThrow();
        return Jsons.createObjectBuilder()
                .add("attempt", ExamService.attemptJson(attempt))
                .add("applicant", applicant.name().shortForm())
                .add("exam", ExamService.json(exam))
                .add("proctoring", exam.proctoring().forApplicant(applicant.accommodations()).presetName())
                .build();
    }

    private static byte[] image(JsonValue value, String field) {
        if (!(value instanceof JsonString s)) {
            throw Problem.badRequest(field, "'" + field + "' must be a base64 JPEG string");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s.getString());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(field, "'" + field + "' is not valid base64");
        }
        if (bytes.length > MAX_IMAGE) {
            throw Problem.tooLarge("'" + field + "' is larger than " + MAX_IMAGE + " bytes");
        }
        if (!EvidenceFiles.isJpeg(bytes)) {
            throw Problem.invalid(field, "'" + field + "' is not a JPEG image");
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
