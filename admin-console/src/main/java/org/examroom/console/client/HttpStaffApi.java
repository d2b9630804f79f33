package org.examroom.console.client;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.examroom.common.Failures;
import org.examroom.common.proctoring.ProctoringPreset;
import org.examroom.common.wire.Jsons;
import org.examroom.common.wire.ProblemReply;

/**
 * {@link StaffApi} over HTTPS with the JDK's client, trusting the room CA. Signing in keeps the session token in
 * this object only: it is never written to disk or to a log.
 */
public final class HttpStaffApi implements StaffApi {

    private static final String BASE = "/api/v1/";
    /** Longer than the controller's 25 s wait for a change of the room map. */
    private static final Duration LONG_POLL = Duration.ofSeconds(35);

    private final URI controller;
    private final HttpClient http;
    private final Duration timeout;
    private volatile String token = "";

    /** Talks to the controller at {@code controller}, trusting what {@code tls} trusts (the room CA). */
    public HttpStaffApi(URI controller, SSLContext tls) {
        this(controller, tls, Duration.ofSeconds(10));
    }

    public HttpStaffApi(URI controller, SSLContext tls, Duration timeout) {
        this.controller = controller;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(tls).build();
    }

    public URI controller() {
        return controller;
    }

    // ---- session

    @Override
    public CompletableFuture<Outcome> signIn(String login, char[] password) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                JsonObject reply = post("auth/login", Jsons.createObjectBuilder().add("login", login)
                        .add("password", new String(password)).build());
                token = reply.getString("token");
                return new Outcome.Welcome(signedIn(reply.getJsonObject("staff")));
            } catch (StaffApiException.Refused r) {
                return new Outcome.Refused(r.status() == 401 ? "401" : r.explanation("ru"));
            } catch (StaffApiException e) {
                return new Outcome.Refused(e.getMessage());
            } catch (RuntimeException e) {
                return new Outcome.Refused(controller + ": " + Failures.rootMessage(e));
            }
        });
    }

    @Override
    public void signOut() throws StaffApiException {
        post("auth/logout", JsonValue.EMPTY_JSON_OBJECT);
        token = "";
    }

    // ---- exams, applicants, rooms

    @Override
    public List<Exam> exams() throws StaffApiException {
        return list("exams", get("exams"), "exams", HttpStaffApi::exam);
    }

    @Override
    public List<Attempt> attempts(String examId) throws StaffApiException {
        String path = "exams/" + encode(examId) + "/attempts";
        return list(path, get(path), "attempts", HttpStaffApi::attempt);
    }

    @Override
    public List<Applicant> applicants(String query) throws StaffApiException {
        String path = "applicants?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return list("applicants", get(path), "applicants", HttpStaffApi::applicant);
    }

    @Override
    public Applicant applicant(String id) throws StaffApiException {
        return read("applicant", get("applicants/" + encode(id)), HttpStaffApi::applicant);
    }

    @Override
    public void registerCard(String applicantId, String cardId) throws StaffApiException {
        post("applicants/" + encode(applicantId) + "/card", Jsons.createObjectBuilder().add("cardId", cardId).build());
    }

    @Override
    public ImportReport importApplicants(String csv) throws StaffApiException {
        JsonObject reply = send("POST", "applicants/import", "text/csv", HttpRequest.BodyPublishers.ofString(csv), timeout);
        return read("import", reply, r -> new ImportReport(r.getInt("accepted"), r.getInt("registrations"),
                objects(r, "rejected").stream().map(x -> new ImportReport.Rejection(x.getInt("row"),
                        x.getString("field", ""), x.getString("message", ""))).toList()));
    }

    @Override
    public void defineRoom(String roomId, String name, int rows, int columns) throws StaffApiException {
        put("rooms/" + encode(roomId), Jsons.createObjectBuilder().add("name", name).add("rows", rows)
                .add("columns", columns).build());
    }

    @Override
    public int seat(String examId, List<String> rooms) throws StaffApiException {
        JsonObject reply = post("exams/" + encode(examId) + "/seating",
                Jsons.createObjectBuilder().add("rooms", Jsons.createArrayBuilder(rooms)).build());
        return read("seating", reply, r -> r.getJsonArray("seated").size());
    }

    @Override
    public SeatChange moveSeat(String attemptId, String roomId, String seat) throws StaffApiException {
        return read("seat", put(attempt(attemptId, "seat"), Jsons.createObjectBuilder().add("roomId", roomId).add("seat", seat).build()),
                r -> new SeatChange(attempt(r.getJsonObject("attempt")), string(r, "swappedWith"), strings(r, "sameVariantNeighbours")));
    }

    // ---- the sealed package

    @Override
    public Optional<PackageIdentity> packageIdentity(String examId) throws StaffApiException {
        try {
            return Optional.of(read("package", get("exams/" + encode(examId) + "/package"), HttpStaffApi::identity));
        } catch (StaffApiException.Refused r) {
            if (r.status() == 404) {
                return Optional.empty();
            }
            throw r;
        }
    }

    @Override
    public PackageIdentity uploadPackage(String examId, byte[] sealedPackage) throws StaffApiException {
        JsonObject reply = send("PUT", "exams/" + encode(examId) + "/package", "application/octet-stream",
                HttpRequest.BodyPublishers.ofByteArray(sealedPackage), Duration.ofMinutes(2));
        return read("package", reply, HttpStaffApi::identity);
    }

    @Override
    public PackageIdentity unseal(String examId, String unsealKey) throws StaffApiException {
        return read("unseal", post("exams/" + encode(examId) + "/unseal",
                Jsons.createObjectBuilder().add("key", unsealKey).build()), HttpStaffApi::identity);
    }

    // ---- admission

    @Override
    public Admission admit(String attemptId, Optional<Boolean> consent) throws StaffApiException {
        JsonObjectBuilder body = Jsons.createObjectBuilder().add("documentChecked", true);
        consent.ifPresent(c -> body.add("consent", c));
        return read("admit", post(attempt(attemptId, "admit"), body.build()), r -> {
            JsonObject why = r.getJsonObject("explanation");
            return new Admission(r.getString("decision"), why.getString("ru", ""), why.getString("en", ""),
                    attempt(r.getJsonObject("attempt")), r.getBoolean("actRequired", false));
        });
    }

    @Override
    public IssuedKey issueKey(String attemptId, Optional<String> reason) throws StaffApiException {
        JsonObjectBuilder body = Jsons.createObjectBuilder();
        reason.ifPresent(r -> body.add("reason", r));
        return read("key", post(attempt(attemptId, "key"), body.build()),
                r -> new IssuedKey(r.getString("key"), r.getString("keyNumber"), attempt(r.getJsonObject("attempt"))));
    }

    @Override
    public void revokeKey(String attemptId) throws StaffApiException {
        post(attempt(attemptId, "key/revoke"), JsonValue.EMPTY_JSON_OBJECT);
    }

    @Override
    public Attempt markAbsent(String attemptId) throws StaffApiException {
        JsonObject reply = post(attempt(attemptId, "absent"), JsonValue.EMPTY_JSON_OBJECT);
        return read("absent", reply, r -> attempt(r.get("attempt") instanceof JsonObject a ? a : r));
    }

    // ---- during the test

    @Override
    public void pause(String attemptId, String reason) throws StaffApiException {
        post(attempt(attemptId, "pause"), Jsons.createObjectBuilder().add("reason", reason).build());
    }

    @Override
    public void resume(String attemptId) throws StaffApiException {
        post(attempt(attemptId, "resume"), JsonValue.EMPTY_JSON_OBJECT);
    }

    @Override
    public void extend(String attemptId, int minutes, String reason) throws StaffApiException {
        post(attempt(attemptId, "extend"), Jsons.createObjectBuilder().add("minutes", minutes).add("reason", reason).build());
    }

    @Override
    public void remove(String attemptId, String actNumber, String rule, String reason) throws StaffApiException {
        post(attempt(attemptId, "remove"), Jsons.createObjectBuilder().add("actNumber", actNumber).add("rule", rule)
                .add("reason", reason).build());
    }

    @Override
    public void technicalFailure(String attemptId, String description) throws StaffApiException {
        post(attempt(attemptId, "technical-failure"), Jsons.createObjectBuilder().add("description", description).build());
    }

    @Override
    public void exit(String attemptId) throws StaffApiException {
        post(attempt(attemptId, "exit"), JsonValue.EMPTY_JSON_OBJECT);
    }

    @Override
    public void returned(String attemptId) throws StaffApiException {
        post(attempt(attemptId, "return"), JsonValue.EMPTY_JSON_OBJECT);
    }

    @Override
    public void message(String attemptId, String text) throws StaffApiException {
        post(attempt(attemptId, "message"), Jsons.createObjectBuilder().add("text", text).build());
    }

    @Override
    public void closeHelp(long helpRequest) throws StaffApiException {
        post("help/" + helpRequest + "/close", JsonValue.EMPTY_JSON_OBJECT);
    }

    @Override
    public void releaseKeyEntry(String roomId) throws StaffApiException {
        post("rooms/" + encode(roomId) + "/key-entry/release", JsonValue.EMPTY_JSON_OBJECT);
    }

    @Override
    public LiveRoom live(String roomId, long since) throws StaffApiException {
        String path = "rooms/" + encode(roomId) + "/live" + (since > 0 ? "?since=" + since : "");
        JsonObject reply = call("GET", path, null, since > 0 ? LONG_POLL : timeout);
        return read("live", reply, r -> new LiveRoom(r.getJsonNumber("version").longValue(), r.getString("roomId"),
                Instant.parse(r.getString("at")), r.getJsonNumber("wrongKeysLast10Minutes").longValue(),
                r.getBoolean("wrongKeyAlert", false), r.getBoolean("keyEntryPaused", false), objects(r, "seats").stream().map(HttpStaffApi::seat).toList()));
    }

    // ---- records

    @Override
    public Timeline timeline(String attemptId) throws StaffApiException {
        return read("timeline", get(attempt(attemptId, "timeline")), r -> new Timeline(attempt(r.getJsonObject("attempt")),
                objects(r, "events").stream().map(e -> new Timeline.Event(e.getString("type"), Instant.parse(e.getString("at")),
                        e.getString("actor", ""), e.getString("from", ""), e.getString("to", ""),
                        e.get("data") == null ? "" : e.get("data").toString())).toList(),
                objects(r, "evidence").stream().map(e -> new Timeline.Evidence(e.getJsonNumber("id").longValue(),
                        e.getString("kind"), Instant.parse(e.getString("at")), e.getBoolean("hasFile", false),
                        e.get("details") == null ? "" : e.get("details").toString())).toList()));
    }

    @Override
    public byte[] evidence(long id) throws StaffApiException {
        return bytes("evidence/" + id);
    }

    @Override
    public Reconciliation reconciliation(String examId) throws StaffApiException {
        return read("reconciliation", get("exams/" + encode(examId) + "/reconciliation"), r -> new Reconciliation(
                r.getInt("registered"), r.getInt("present"), r.getInt("absent"), r.getInt("worksHandedIn"),
                r.getInt("removed"), r.getInt("technicalFailures"), r.getInt("notFinished"), r.getBoolean("reconciled")));
    }

    @Override
    public List<Observer> observers(String roomId) throws StaffApiException {
        String path = "rooms/" + encode(roomId) + "/observers";
        return list(path, get(path), "observers", o -> new Observer(o.getJsonNumber("id").longValue(),
                o.getString("fullName"), o.getString("role"), o.getString("organisation", ""),
                Instant.parse(o.getString("enteredAt")), instant(o, "leftAt")));
    }

    @Override
    public void observerEntered(String roomId, String fullName, String role, String organisation) throws StaffApiException {
        JsonObjectBuilder body = Jsons.createObjectBuilder().add("fullName", fullName).add("role", role);
        if (!organisation.isBlank()) {
            body.add("organisation", organisation);
        }
        post("rooms/" + encode(roomId) + "/observers", body.build());
    }

    @Override
    public void observerLeft(String roomId, long entry) throws StaffApiException {
        post("rooms/" + encode(roomId) + "/observers/" + entry + "/left", JsonValue.EMPTY_JSON_OBJECT);
    }

    @Override
    public void draftSheets(String attemptId, int sheets) throws StaffApiException {
        post(attempt(attemptId, "draft-sheets"), Jsons.createObjectBuilder().add("sheets", sheets).build());
    }

    @Override
    public List<DraftSheets> draftSheetLog(String examId) throws StaffApiException {
        String path = "exams/" + encode(examId) + "/draft-sheets";
        return list(path, get(path), "draftSheets", d -> new DraftSheets(d.getString("attemptId"), d.getString("applicantId"),
                d.getInt("sheets"), Instant.parse(d.getString("issuedAt")), d.getString("issuedBy", "")));
    }

    // ---- results, sync, terminals, documents

    @Override
    public List<Result> grade(String examId) throws StaffApiException {
        String path = "exams/" + encode(examId) + "/results";
        return list(path, post(path, JsonValue.EMPTY_JSON_OBJECT), "results", HttpStaffApi::result);
    }

    @Override
    public List<Result> results(String examId) throws StaffApiException {
        String path = "exams/" + encode(examId) + "/results";
        return list(path, get(path), "results", HttpStaffApi::result);
    }

    @Override
    public Grading grading(String examId) throws StaffApiException {
        return read("grading", get("exams/" + encode(examId) + "/grading"), r -> new Grading(objects(r, "works").stream()
                .map(w -> new Grading.Work(w.getString("cipher"), w.getInt("gradersNeeded", 1), w.getBoolean("complete", false),
                        objects(w, "items").stream().map(i -> new Grading.OpenAnswer(i.getString("itemId"),
                                i.getString("prompt", ""), i.getJsonNumber("maxScore").bigDecimalValue(), i.getString("response", ""),
                                objects(i, "marks").stream().map(m -> new Grading.Mark(m.getString("grader", ""),
                                        m.getJsonNumber("score").bigDecimalValue())).toList(),
                                i.getBoolean("discrepancy", false), i.getBoolean("complete", false),
                                i.get("finalScore") instanceof JsonNumber n ? Optional.of(n.bigDecimalValue()) : Optional.empty()))
                                .toList())).toList(), r.getInt("unfinished", 0)));
    }

    @Override
    public void mark(String examId, String cipher, String itemId, java.math.BigDecimal score) throws StaffApiException {
        post("exams/" + encode(examId) + "/grading/" + encode(cipher) + "/" + encode(itemId),
                Jsons.createObjectBuilder().add("score", score).build());
    }

    @Override
    public int decode(String examId) throws StaffApiException {
        return read("decode", post("exams/" + encode(examId) + "/grading/decode", JsonValue.EMPTY_JSON_OBJECT),
                r -> r.getInt("decoded"));
    }

    @Override
    public List<Appeal> appeals(String examId) throws StaffApiException {
        String path = "exams/" + encode(examId) + "/appeals";
        return list(path, get(path), "appeals", HttpStaffApi::appeal);
    }

    @Override
    public Appeal fileAppeal(String attemptId, String kind, String text) throws StaffApiException {
        return read("appeal", post(attempt(attemptId, "appeals"), Jsons.createObjectBuilder().add("kind", kind)
                .add("text", text).build()), HttpStaffApi::appeal);
    }

    @Override
    public Appeal decideAppeal(String appealId, String outcome, String reason, OptionalInt newPoints) throws StaffApiException {
        JsonObjectBuilder body = Jsons.createObjectBuilder().add("outcome", outcome).add("reason", reason);
        newPoints.ifPresent(p -> body.add("newPoints", p));
        return read("decision", post("appeals/" + encode(appealId) + "/decision", body.build()), HttpStaffApi::appeal);
    }

    @Override
    public List<Review> review(String examId) throws StaffApiException {
        String path = "exams/" + encode(examId) + "/review";
        return list(path, get(path), "attempts", r -> {
            java.util.Map<String, Double> shares = new java.util.TreeMap<>();
            if (r.get("shares") instanceof JsonObject o) {
                o.forEach((k, v) -> shares.put(k, ((JsonNumber) v).doubleValue()));
            }
            return new Review(r.getString("attemptId"), r.getString("applicant", r.getString("applicantId", "")), string(r, "seat"),
                    r.getString("state", ""), r.getJsonNumber("trustScore").doubleValue(), shares, r.getInt("events", 0));
        });
    }

    @Override
    public SyncStatus syncStatus() throws StaffApiException {
        return read("sync", get("sync"), HttpStaffApi::sync);
    }

    @Override
    public SyncStatus syncNow() throws StaffApiException {
        return read("sync", call("POST", "sync/run", JsonValue.EMPTY_JSON_OBJECT, Duration.ofMinutes(2)), HttpStaffApi::sync);
    }

    @Override
    public PairingCode pairingCode(String roomId, String seat) throws StaffApiException {
        return read("pairing code", post("pairing-codes", Jsons.createObjectBuilder().add("roomId", roomId).add("seat", seat).build()),
                r -> new PairingCode(r.getString("code"), Instant.parse(r.getString("expiresAt"))));
    }

    @Override
    public byte[] document(String path) throws StaffApiException {
        return bytes(path);
    }

    // ---- reading replies

    private static SignedIn signedIn(JsonObject staff) {
        return new SignedIn(staff.getString("displayName", staff.getString("login", "")),
                staff.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }

    private static Exam exam(JsonObject e) {
        return new Exam(e.getString("id"), e.getString("subject"), e.getString("programme", ""),
                Instant.parse(e.getString("scheduledStart")), e.getInt("durationMinutes"), e.getInt("passMark"),
                e.getInt("maxScore"), e.getString("policy", ""), strings(e, "variants"),
                // a preset this console does not know yet (a newer controller's) reads as in the room
                ProctoringPreset.find(e.getString("proctoring", "")).orElse(ProctoringPreset.IN_ROOM));
    }

    private static Attempt attempt(JsonObject a) {
        return new Attempt(a.getString("id"), a.getString("applicantId"), a.getString("examId"), a.getString("state"),
                string(a, "roomId"), string(a, "seat"), string(a, "variantId"), string(a, "terminalId"));
    }

    private static Applicant applicant(JsonObject a) {
        JsonObject document = a.getJsonObject("document");
        JsonObject accommodations = a.getJsonObject("accommodations");
        return new Applicant(a.getString("id"), a.getString("fullName"), a.getString("shortName", a.getString("fullName")),
                document.getString("kind"), document.getString("number"),
                accommodations == null ? 0 : accommodations.getJsonNumber("extraMinutes").longValue(), a.getBoolean("card", false));
    }

    private static PackageIdentity identity(JsonObject p) {
        return new PackageIdentity(p.getString("examId"), p.getString("title", ""), strings(p, "variants"),
                p.getInt("items"), p.getString("fingerprint"), p.getString("shortFingerprint"),
                Instant.parse(p.getString("sealedAt")), p.getString("signer", ""), p.getBoolean("sealsIntact"),
                p.getBoolean("unsealed"));
    }

    private static LiveSeat seat(JsonObject s) {
        return new LiveSeat(s.getString("seat"), s.getInt("row"), s.getInt("column"), string(s, "attemptId"),
                string(s, "state"), string(s, "applicant"), string(s, "variantId"), longValue(s, "remainingSeconds"),
                string(s, "terminalId"), s.get("online") == null ? Optional.empty() : Optional.of(s.getBoolean("online")),
                instant(s, "lastSeen"), string(s, "status"), longValue(s, "clockOffsetMs"), longValue(s, "helpRequest"),
                s.getInt("flags", 0), string(s, "lastFlag"), strings(s, "setupNotes"));
    }

    private static Result result(JsonObject r) {
        JsonObject words = r.get("pointsInWords") instanceof JsonObject w ? w : JsonValue.EMPTY_JSON_OBJECT;
        OptionalLong points = longValue(r, "points");
        return new Result(r.getString("attemptId"), r.getString("applicantId"), r.getString("status"),
                points.isPresent() ? OptionalInt.of((int) points.getAsLong()) : OptionalInt.empty(),
                r.get("passed") == JsonValue.TRUE ? Optional.of(true) : r.get("passed") == JsonValue.FALSE ? Optional.of(false) : Optional.empty(),
                words.getString("ru", ""), words.getString("en", ""));
    }

    private static Appeal appeal(JsonObject a) {
        Optional<Appeal.Decision> decision = a.get("decision") instanceof JsonObject d
                ? Optional.of(new Appeal.Decision(d.getString("outcome"), d.getString("reason", ""),
                        Instant.parse(d.getString("decidedAt")), d.getString("decidedBy", ""), intValue(d, "pointsBefore"),
                        intValue(d, "pointsAfter")))
                : Optional.empty();
        return new Appeal(a.getString("id"), a.getString("attemptId"), a.getString("kind"), a.getString("text", ""),
                Instant.parse(a.getString("filedAt")), a.getString("filedBy", ""), instant(a, "deadline"), decision);
    }

    private static OptionalInt intValue(JsonObject o, String field) {
        return o.get(field) instanceof JsonNumber n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
    }

    private static SyncStatus sync(JsonObject s) {
        JsonObject warning = s.get("warning") instanceof JsonObject w ? w : null;
        return new SyncStatus(s.getBoolean("configured"), s.getInt("pendingChunks"), s.getInt("sentChunks"),
                s.getInt("acknowledgedChunks"), s.getInt("unacknowledgedAttempts"), instant(s, "lastAcknowledged"),
                string(s, "lastProblem"), Optional.ofNullable(warning).map(w -> w.getString("ru", "")),
                Optional.ofNullable(warning).map(w -> w.getString("en", "")));
    }

    private static Optional<String> string(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static OptionalLong longValue(JsonObject o, String field) {
        return o.get(field) instanceof JsonNumber n ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
    }

    private static Optional<Instant> instant(JsonObject o, String field) {
        return string(o, field).map(Instant::parse);
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.get(field) instanceof JsonArray a
                ? a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
    }

    private static List<JsonObject> objects(JsonObject o, String field) {
        return o.get(field) instanceof JsonArray a ? a.getValuesAs(JsonObject.class) : List.of();
    }

    private <T> List<T> list(String call, JsonObject reply, String field, Function<JsonObject, T> item) throws StaffApiException {
        return read(call, reply, r -> {
            List<T> out = new ArrayList<>();
            objects(r, field).forEach(o -> out.add(item.apply(o)));
            return List.copyOf(out);
        });
    }

    /** A reply the API does not describe is the controller's fault, said so, not a crash of the console. */
    private <T> T read(String call, JsonObject reply, Function<JsonObject, T> reader) throws StaffApiException {
        try {
            return reader.apply(reply);
        } catch (RuntimeException e) {
            throw new StaffApiException.Refused(502, "Непонятный ответ контроллера на запрос «" + call + "»",
                    "The controller's reply to " + call + " is not what the API describes: " + e, Optional.empty());
        }
    }

    // ---- HTTP

    private JsonObject get(String path) throws StaffApiException {
        return call("GET", path, null, timeout);
    }

    private JsonObject post(String path, JsonValue body) throws StaffApiException {
        return call("POST", path, body, timeout);
    }

    private JsonObject put(String path, JsonValue body) throws StaffApiException {
        return call("PUT", path, body, timeout);
    }

    private JsonObject call(String method, String path, JsonValue body, Duration wait) throws StaffApiException {
        return send(method, path, "application/json", body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString()), wait);
    }

    private JsonObject send(String method, String path, String type, HttpRequest.BodyPublisher body, Duration wait)
            throws StaffApiException {
        HttpRequest.Builder request = request(path, wait).method(method, body);
        if (!"GET".equals(method)) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw refused(response.statusCode(), response.body());
        }
        if (response.body().isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Jsons.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new StaffApiException.Refused(502, "Ответ контроллера — не JSON", path + ": the reply is not JSON: "
                    + e.getMessage(), Optional.empty());
        }
    }

    private byte[] bytes(String path) throws StaffApiException {
        HttpResponse<byte[]> response = exchange(request(path, Duration.ofMinutes(1)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw refused(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path, Duration wait) {
        HttpRequest.Builder b = HttpRequest.newBuilder(controller.resolve(BASE + path)).timeout(wait);
        if (!token.isEmpty()) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws StaffApiException.Unreachable {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new StaffApiException.Unreachable(controller + ": " + Failures.rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StaffApiException.Unreachable("interrupted", e);
        }
    }

    static StaffApiException.Refused refused(int status, String body) {
        ProblemReply problem = ProblemReply.parse(body);
        Optional<String> said = problem.detail().or(problem::title);
        String ru = problem.explanationRu().or(() -> said).orElse("Контроллер ответил " + status);
        String en = problem.explanationEn().or(() -> said).orElse("The controller answered " + status);
        return new StaffApiException.Refused(status, ru, en, problem.field());
    }

    private static String attempt(String attemptId, String action) {
        return "attempts/" + encode(attemptId) + "/" + action;
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
