package org.examroom.terminal.client;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
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
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.examroom.common.proctoring.ProctoringPreset;
import org.examroom.common.wire.Jsons;
import org.examroom.common.wire.ProblemReply;
import org.examroom.common.wire.PublicItemJson;
import org.examroom.common.wire.WireFormatException;

/** {@link TerminalApi} over HTTPS with the JDK's client, trusting the room CA, authenticated by the credential. */
public final class HttpTerminalApi implements TerminalApi {

    private static final System.Logger LOG = System.getLogger(HttpTerminalApi.class.getName());
    private static final String BASE = "/api/v1/terminal/";

    private final URI controller;
    private final HttpClient http;
    private final Supplier<String> credential;
    private final Duration timeout;

    /** {@code credential} is read at each call, so a terminal paired again uses its new credential at once. */
    public HttpTerminalApi(URI controller, SSLContext tls, Supplier<String> credential, Duration timeout) {
        this.controller = controller;
        this.credential = credential;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).sslContext(tls).build();
    }

    public URI controller() {
        return controller;
    }

    @Override
    public Session key(String key) throws TerminalApiException {
        return session(post("key", Jsons.createObjectBuilder().add("key", key).build()));
    }

    @Override
    public Session card(String cardId) throws TerminalApiException {
        return session(post("card", Jsons.createObjectBuilder().add("cardId", cardId).build()));
    }

    @Override
    public Optional<Session> attempt() throws TerminalApiException {
        try {
            return Optional.of(session(call("GET", "attempt", null)));
        } catch (TerminalApiException.Refused r) {
            if (r.status() == 404 || r.status() == 409) {
                return Optional.empty();
            }
            throw r;
        }
    }

    @Override
    public AttemptView rules(boolean rules, boolean personalDataConsent) throws TerminalApiException {
        return attemptIn(post("rules", Jsons.createObjectBuilder().add("rules", rules)
                .add("personalDataConsent", personalDataConsent).build()));
    }

    @Override
    public AttemptView photos(List<byte[]> jpegs) throws TerminalApiException {
        JsonArrayBuilder photos = Jsons.createArrayBuilder();
        jpegs.forEach(j -> photos.add(Base64.getEncoder().encodeToString(j)));
        return attemptIn(post("photos", Jsons.createObjectBuilder().add("photos", photos).build()));
    }

    @Override
    public List<byte[]> identityPhotos() throws TerminalApiException {
        JsonObject reply = call("GET", "photos", null);
        try {
            List<byte[]> photos = new ArrayList<>();
            for (JsonString photo : reply.getJsonArray("photos").getValuesAs(JsonString.class)) {
                photos.add(Base64.getDecoder().decode(photo.getString()));
            }
            return photos;
        } catch (RuntimeException e) {
            throw malformed("photos", e);
        }
    }

    @Override
    public AttemptView start() throws TerminalApiException {
        return attemptIn(post("start", JsonValue.EMPTY_JSON_OBJECT));
    }

    @Override
    public AttemptView restarted() throws TerminalApiException {
        return attemptIn(post("restarted", JsonValue.EMPTY_JSON_OBJECT));
    }

    @Override
    public HeartbeatReply heartbeat(Heartbeat beat) throws TerminalApiException {
        JsonArrayBuilder ack = Jsons.createArrayBuilder();
        beat.ack().forEach(ack::add);
        JsonObject reply = post("heartbeat", Jsons.createObjectBuilder().add("status", beat.status())
                .add("clockOffsetMs", beat.clockOffsetMs()).add("pendingAnswers", beat.pendingAnswers())
                .add("ack", ack).build());
        try {
            Optional<AttemptClock> clock = Optional.empty();
            if (reply.get("attempt") instanceof JsonObject a) {
                clock = Optional.of(new AttemptClock(a.getString("id"), a.getString("state"),
                        a.getJsonNumber("remainingSeconds").longValue(), a.getBoolean("paused", false)));
            }
            List<Instruction> instructions = new ArrayList<>();
            for (JsonValue v : reply.getJsonArray("instructions")) {
                JsonObject i = v.asJsonObject();
                JsonObject payload = i.get("payload") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
                instructions.add(new Instruction(i.getJsonNumber("id").longValue(), i.getString("kind"), payload,
                        Instant.parse(i.getString("createdAt"))));
            }
            return new HeartbeatReply(Instant.parse(reply.getString("serverTime")), clock, instructions);
        } catch (RuntimeException e) {
            throw malformed("heartbeat", e);
        }
    }

    @Override
    public long saveAnswer(String item, long seq, JsonObject response) throws TerminalApiException {
        JsonObject reply = call("PUT", "answers/" + encode(item),
                Jsons.createObjectBuilder().add("seq", seq).add("response", response).build());
        try {
            return reply.getJsonNumber("storedSeq").longValue();
        } catch (RuntimeException e) {
            throw malformed("answers", e);
        }
    }

    @Override
    public void event(Event event) throws TerminalApiException {
        var body = Jsons.createObjectBuilder().add("kind", event.kind()).add("start", event.start().toString());
        event.end().ifPresent(e -> body.add("end", e.toString()));
        event.confidence().ifPresent(c -> body.add("confidence", c));
        event.snapshot().ifPresent(s -> body.add("snapshot", Base64.getEncoder().encodeToString(s)));
        post("events", body.build());
    }

    @Override
    public void help() throws TerminalApiException {
        post("help", JsonValue.EMPTY_JSON_OBJECT);
    }

    @Override
    public AttemptView finish() throws TerminalApiException {
        return attemptIn(post("finish", Jsons.createObjectBuilder().add("confirmed", true).build()));
    }

    @Override
    public Variant variant() throws TerminalApiException {
        JsonObject reply = call("GET", "variant", null);
        try {
            return new Variant(reply.getString("variantId"), PublicItemJson.listFromJson(reply.getJsonArray("items")));
        } catch (WireFormatException | ClassCastException | NullPointerException e) {
            throw malformed("variant", e);
        }
    }

    @Override
    public byte[] media(String itemId, String path) throws TerminalApiException {
        StringBuilder encoded = new StringBuilder();
        for (String part : path.split("/")) {
            encoded.append('/').append(encode(part));
        }
        HttpRequest request = request("media/" + encode(itemId) + encoded).GET().build();
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw refused(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private JsonObject post(String path, JsonObject body) throws TerminalApiException {
        return call("POST", path, body);
    }

    private JsonObject call(String method, String path, JsonObject body) throws TerminalApiException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString());
        HttpRequest request = request(path).header("Content-Type", "application/json").method(method, publisher).build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw refused(response.statusCode(), response.body());
        }
        if (response.body().isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Jsons.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonParsingException | ClassCastException e) {
            throw malformed(path, e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(controller.resolve(BASE + path)).timeout(timeout)
                .header("Authorization", "Bearer " + credential.get());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws TerminalApiException.Unreachable {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new TerminalApiException.Unreachable(controller + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TerminalApiException.Unreachable("interrupted", e);
        }
    }

    private static TerminalApiException.Refused refused(int status, String body) {
        ProblemReply problem = ProblemReply.parse(body);
        String ru = problem.explanationRu().or(problem::title).orElse("Контроллер ответил " + status);
        String en = problem.explanationEn().or(problem::title).orElse("The controller answered " + status);
        return new TerminalApiException.Refused(status, ru, en, problem.field());
    }

    private TerminalApiException.Refused malformed(String call, Exception e) {
        return new TerminalApiException.Refused(502, "Непонятный ответ контроллера",
                "The controller's reply to " + call + " is not what the API describes: " + e.getMessage(), Optional.empty());
    }

    private Session session(JsonObject reply) throws TerminalApiException {
        try {
            JsonObject exam = reply.getJsonObject("exam");
            Set<String> aids = new HashSet<>();
            if (exam.get("aids") instanceof jakarta.json.JsonArray array) {
                array.getValuesAs(JsonString.class).forEach(s -> aids.add(s.getString()));
            }
            return new Session(attempt(reply.getJsonObject("attempt")), reply.getString("applicant", ""),
                    new ExamView(exam.getString("id"), exam.getString("subject", ""),
                            Instant.parse(exam.getString("scheduledStart")),
                            exam.getJsonNumber("durationMinutes").longValue(), aids),
                    proctoring(reply.getString("proctoring", ProctoringPreset.IN_ROOM.presetName())));
        } catch (RuntimeException e) {
            throw malformed("key", e);
        }
    }

    /**
     * The preset the controller names; one this terminal does not know (a newer controller) is monitored as in a room
     * rather than stopping the applicant at the key.
     */
    private static ProctoringPreset proctoring(String name) {
        return ProctoringPreset.find(name).orElseGet(() -> {
            LOG.log(System.Logger.Level.WARNING, "The controller names a proctoring preset this terminal does not know; "
                    + "monitoring as in a room: {0}", name);
            return ProctoringPreset.IN_ROOM;
        });
    }

    private AttemptView attemptIn(JsonObject reply) throws TerminalApiException {
        try {
            return attempt(reply.get("attempt") instanceof JsonObject a ? a : reply);
        } catch (RuntimeException e) {
            throw malformed("attempt", e);
        }
    }

    private static AttemptView attempt(JsonObject a) {
        return new AttemptView(a.getString("id"), a.getString("state"), optional(a, "seat"), optional(a, "roomId"),
                optional(a, "variantId"));
    }

    private static Optional<String> optional(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
