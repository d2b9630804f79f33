package org.examroom.launcher.terminal;

import org.examroom.launcher.sim.RoomApi;
import org.examroom.launcher.testing.MovableClock;
import org.examroom.launcher.testing.Pictures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import org.examroom.common.content.Choice;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.examroom.common.net.RoomTrust;
import org.examroom.room.RoomController;
import org.examroom.room.RoomSettings;
import org.examroom.terminal.client.HttpTerminalApi;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.client.TerminalApiException;

/**
 * A real room controller in a temporary folder with a clock the test moves, set up as the console would: an exam, one
 * applicant seated in room 101, admitted and given a key, and a pairing code for the seat.
 */
final class LiveRoom implements AutoCloseable {

    static final Instant START = Instant.parse("2026-07-15T07:00:00Z");
    static final String ATTEMPT = "A-001.MATH-1";
    private static final String PASSWORD = "terminal-test-pw";

    final MovableClock clock = new MovableClock(START.minus(Duration.ofMinutes(20)));
    final RoomController controller;
    final SSLContext trust;
    private final RoomApi api;
    private final String admin;
    final String key;
    final String seat;
    /** The sealed package given to the room, when the test needs the controller's own variant and media. */
    final Optional<SealedExam> content;
    private String supervisor;

    LiveRoom(Path data) {
        this(data, Optional.empty());
    }

    /** A room whose exam has {@code content} loaded (still sealed); {@link #unseal} opens it. */
    LiveRoom(Path data, Optional<SealedExam> content) {
        this.content = content;
        content.ifPresent(c -> {
            try {
                java.nio.file.Files.createDirectories(data.resolve("trust"));
                java.nio.file.Files.writeString(data.resolve("trust/office.pub"), c.officeKeyText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        controller = RoomController.start(RoomSettings.load(Optional.empty(), Map.of("examroom.data", data.toString(),
                "server.port", "0", "examroom.bootstrap.password", PASSWORD)), clock);
        trust = RoomTrust.sslContext(controller.caFile().orElseThrow());
        api = new RoomApi(uri(), trust);
        admin = send("POST", "/api/v1/auth/login", null, "{\"login\":\"admin\",\"password\":\"" + PASSWORD + "\"}")
                .getString("token");
        defineExam("in-room");
        content.ifPresent(c -> sendBytes("/api/v1/exams/MATH-1/package", admin, c.sealed));
        send("PUT", "/api/v1/rooms/101", admin, "{\"name\":\"101\",\"rows\":2,\"columns\":2}");
        sendAs("/api/v1/applicants/import", admin, "text/csv",
                "id;surname;given_name;document_kind;document_number;exams\nA-001;Иванова;Анна;PASSPORT_RF;4510 123456;MATH-1\n");
        send("POST", "/api/v1/exams/MATH-1/seating", admin, "{\"rooms\":[\"101\"],\"seed\":3}");
        send("POST", "/api/v1/attempts/" + ATTEMPT + "/admit", admin, "{\"documentChecked\":true}");
        JsonObject issued = send("POST", "/api/v1/attempts/" + ATTEMPT + "/key", admin, "{}");
        key = issued.getString("key");
        seat = issued.getJsonObject("attempt").getString("seat");
    }

    /** Defines the exam, as the console does, with the proctoring preset its terminals monitor by. */
    void defineExam(String proctoring) {
        send("PUT", "/api/v1/exams/MATH-1", admin, Json.createObjectBuilder().add("subject", "Математика")
                .add("programme", "01.03.02").add("scheduledStart", "2026-07-15T10:00").add("durationMinutes", 180)
                .add("passMark", 40).add("policy", "TPU").add("proctoring", proctoring)
                .add("variants", Json.createArrayBuilder().add("V1"))
                .add("aids", Json.createArrayBuilder().add("CALCULATOR")).build().toString());
    }

    /** What a staff member's {@code GET} of the path answers, e.g. the attempt's timeline. */
    JsonObject staffGet(String path) {
        return send("GET", path, admin, null);
    }

    /** The supervisor opens the package with its unseal key, as at the start of the exam. */
    void unseal() {
        if (supervisor == null) {
            send("POST", "/api/v1/staff", admin, "{\"login\":\"supervisor\",\"displayName\":\"Смирнова Е. В.\","
                    + "\"roles\":[\"SUPERVISOR\"],\"password\":\"supervisor-walk-pw\"}");
            supervisor = send("POST", "/api/v1/auth/login", null,
                    "{\"login\":\"supervisor\",\"password\":\"supervisor-walk-pw\"}").getString("token");
        }
        send("POST", "/api/v1/exams/MATH-1/unseal", supervisor,
                "{\"key\":\"" + content.orElseThrow().unsealKey.toText() + "\"}");
    }

    /** What the controller holds for the attempt on the terminal with {@code credential}: item to its stored answer. */
    JsonObject storedAnswers(String credential) {
        return send("GET", "/api/v1/terminal/answers", credential, null).getJsonObject("answers");
    }

    URI uri() {
        return controller.localUri();
    }

    String pairingCode() {
        return send("POST", "/api/v1/pairing-codes", admin, "{\"roomId\":\"101\",\"seat\":\"" + seat + "\"}").getString("code");
    }

    JsonObject supervisor(String action, String body) {
        return send("POST", "/api/v1/attempts/" + ATTEMPT + "/" + action, admin, body);
    }

    String attemptState() {
        return send("GET", "/api/v1/attempts/" + ATTEMPT, admin, null).getString("state");
    }

    JsonObject send(String method, String path, String token, String body) {
        return sendAs(method, path, token, "application/json", body);
    }

    JsonObject sendAs(String path, String token, String type, String body) {
        return sendAs("POST", path, token, type, body);
    }

    private JsonObject sendBytes(String path, String token, byte[] body) {
        return send("PUT", path, token, "application/octet-stream", HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private JsonObject sendAs(String method, String path, String token, String type, String body) {
        return send(method, path, token, type,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    private JsonObject send(String method, String path, String token, String type, HttpRequest.BodyPublisher body) {
        return api.expectOk(method, path, token, type, body);
    }

    @Override
    public void close() {
        controller.close();
    }

    /** A terminal's API to this room; {@link #cut} makes every call meet a port where nothing listens. */
    final class Terminal implements TerminalApi {
        final AtomicBoolean cut = new AtomicBoolean(false);
        private final HttpTerminalApi live;
        private final HttpTerminalApi dead;

        Terminal(java.util.function.Supplier<String> credential) {
            live = new HttpTerminalApi(uri(), trust, credential, Duration.ofSeconds(3));
            dead = new HttpTerminalApi(URI.create("https://127.0.0.1:" + deadPort()), trust, credential, Duration.ofSeconds(1));
        }

        private HttpTerminalApi api() {
            return cut.get() ? dead : live;
        }

        @Override
        public Session key(String key) throws TerminalApiException {
            return api().key(key);
        }

        @Override
        public Session card(String cardId) throws TerminalApiException {
            return api().card(cardId);
        }

        @Override
        public Optional<Session> attempt() throws TerminalApiException {
            return api().attempt();
        }

        @Override
        public AttemptView rules(boolean rules, boolean consent) throws TerminalApiException {
            return api().rules(rules, consent);
        }

        @Override
        public AttemptView photos(List<byte[]> jpegs) throws TerminalApiException {
            return api().photos(jpegs);
        }

        @Override
        public List<byte[]> identityPhotos() throws TerminalApiException {
            return api().identityPhotos();
        }

        @Override
        public AttemptView start() throws TerminalApiException {
            return api().start();
        }

        @Override
        public AttemptView restarted() throws TerminalApiException {
            return api().restarted();
        }

        @Override
        public HeartbeatReply heartbeat(Heartbeat heartbeat) throws TerminalApiException {
            return api().heartbeat(heartbeat);
        }

        @Override
        public long saveAnswer(String item, long seq, JsonObject response) throws TerminalApiException {
            return api().saveAnswer(item, seq, response);
        }

        @Override
        public void event(Event event) throws TerminalApiException {
            api().event(event);
        }

        @Override
        public void help() throws TerminalApiException {
            api().help();
        }

        @Override
        public AttemptView finish() throws TerminalApiException {
            return api().finish();
        }

        /** The controller's variant when the room has a package; without one, the test's own items stand in. */
        @Override
        public Variant variant() throws TerminalApiException {
            if (cut.get() || content.isPresent()) {
                return api().variant();
            }
            return new Variant("V1", ITEMS);
        }

        @Override
        public byte[] media(String itemId, String path) throws TerminalApiException {
            return api().media(itemId, path);
        }
    }

    static final List<Item.PublicItem> ITEMS = List.of(
            new Item.PublicItem("q1", "Производная", "<p>Производная x² равна</p>", List.of(new Interaction(
                    InteractionType.CHOICE, "RESPONSE", "", List.of(Choice.of("A", "2x"), Choice.of("B", "x")),
                    List.of(), 1, 1, false)), List.of()),
            new Item.PublicItem("q2", "Простые числа", "<p>Отметьте простые числа</p>", List.of(new Interaction(
                    InteractionType.CHOICE, "RESPONSE", "", List.of(Choice.of("A", "2"), Choice.of("B", "4"),
                    Choice.of("C", "7")), List.of(), 0, 0, false)), List.of()),
            new Item.PublicItem("q3", "Корень", "<p>√144 =</p>", List.of(new Interaction(
                    InteractionType.TEXT_ENTRY, "RESPONSE", "", List.of(), List.of(), 0, 0, false)), List.of()),
            new Item.PublicItem("q4", "Порядок", "<p>По возрастанию</p>", List.of(new Interaction(
                    InteractionType.ORDER, "RESPONSE", "", List.of(Choice.of("A", "3"), Choice.of("B", "1"),
                    Choice.of("C", "2")), List.of(), 0, 0, false)), List.of()));

    static byte[] jpeg() {
        return Pictures.jpeg(64, 48);
    }

    private static int deadPort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits up to 10 s for a condition the terminal's threads will make true. */
    static void eventually(String what, BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 10 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
