package org.examroom.sync;

import org.examroom.launcher.testing.MovableClock;
import org.examroom.launcher.testing.Pictures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.Scoring;
import org.examroom.common.content.SourceFiles;
import org.examroom.common.content.scoring.ItemScorer;
import org.examroom.common.net.RoomTrust;
import org.examroom.common.seal.ExamContent;
import org.examroom.common.seal.SealException;
import org.examroom.common.seal.SealedPackage;
import org.examroom.common.seal.SigningKeys;
import org.examroom.common.seal.UnsealKey;
import org.examroom.common.variant.Variant;
import org.examroom.common.wire.ResponseValueJson;
import org.examroom.launcher.sim.RoomApi;
import org.examroom.room.RoomController;
import org.examroom.room.RoomSettings;

/**
 * One room as its staff and terminals see it: a real room controller on HTTPS in its own data folder, on a clock
 * the test moves, syncing to an office with the {@code examroom.sync.*} settings; an exam played through its API.
 */
final class ControllerRoom implements AutoCloseable {

    /** The demo's question bank without its open answers, so that every work is graded at once. */
    static final byte[] BANK = bank();
    static final List<Item> ITEMS = ContentImporter.importBytes("demo-bank.xml", BANK, SourceFiles.none()).items().stream()
            .filter(i -> !(i.scoring() instanceof Scoring.Manual)).toList();
    private static final String PASSWORD = "sync-test-admin-pw";
    private static final String SUPERVISOR_PASSWORD = "sync-test-supervisor-pw";

    final String site;
    final Path data;
    final MovableClock clock;
    private final Map<String, String> syncSettings;
    private URI officeUri;
    RoomController controller;
    RoomApi api;
    String admin;
    String supervisor;
    private int terminals;

    /**
     * A room installed as operations.md says: started once to make its site key, which the office registers, then
     * started for the day with the office's address.
     */
    ControllerRoom(String site, Path data, Instant now, KeyPair sealer, Office office) {
        this.site = site;
        this.data = data;
        this.clock = new MovableClock(now);
        try {
            Files.createDirectories(data.resolve("trust"));
            Files.writeString(data.resolve("trust/office.pub"), SigningKeys.publicKeyText(sealer.getPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the office's own CA, copied to the room as whoever installs it would
        this.syncSettings = Map.of("examroom.sync.site-id", site, "examroom.sync.attempts-per-chunk", "2",
                "examroom.sync.interval", "PT1H", "examroom.sync.office-ca", office.ca().orElseThrow().toString());
        start(Optional.empty());
        controller.close();
        office.register(site, data.resolve("sync/site.pub"));
        officeUri = office.uri();
        start(Optional.of(officeUri));
        api.must(() -> api.post("/api/v1/staff", admin, Json.createObjectBuilder().add("login", "supervisor")
                .add("displayName", "Смирнова Е. В.").add("roles", Json.createArrayBuilder().add("SUPERVISOR"))
                .add("password", SUPERVISOR_PASSWORD).build())).ok();
        supervisor = login("supervisor", SUPERVISOR_PASSWORD);
    }

    private void start(Optional<URI> office) {
        Map<String, String> settings = new HashMap<>(syncSettings);
        settings.putAll(Map.of("examroom.data", data.toString(), "server.port", "0", "examroom.bootstrap.password", PASSWORD));
        office.ifPresent(o -> settings.put("examroom.sync.office-url", o.toString()));
        controller = RoomController.start(RoomSettings.load(Optional.empty(), settings), clock);
        api = new RoomApi(controller.localUri(), RoomTrust.sslContext(controller.caFile().orElseThrow()));
        admin = login("admin", PASSWORD);
    }

    /** Stops the controller and starts it again on the same data folder, as after a power cut; staff sign in again. */
    void restart() {
        controller.close();
        start(Optional.of(officeUri));
        supervisor = login("supervisor", SUPERVISOR_PASSWORD);
    }

    private String login(String login, String password) {
        return api.must(() -> api.post("/api/v1/auth/login", null, Json.createObjectBuilder().add("login", login)
                .add("password", password).build())).ok().getString("token");
    }

    /** An exam of {@code subject} at 10:00 Moscow time on the clock's day, sealed by the office and loaded. */
    void exam(String id, String subject, int stream, int passMark, String scheduledStart, KeyPair sealer) throws SealException {
        api.must(() -> api.put("/api/v1/exams/" + id, admin, Json.createObjectBuilder().add("subject", subject)
                .add("programme", "01.03.02 Прикладная математика и информатика").add("scheduledStart", scheduledStart)
                .add("durationMinutes", 60).add("passMark", passMark).add("stream", stream).add("policy", "TPU")
                .add("variants", Json.createArrayBuilder().add("V1")).build())).ok();
        List<String> keys = ITEMS.stream().map(i -> ExamContent.itemKey("demo-bank.xml", i.id())).toList();
        byte[] sealed = SealedPackage.seal(new ExamContent(id, subject + " (" + site + ")", Map.of("demo-bank.xml", BANK),
                List.of(new Variant("V1", keys))), sealer.getPrivate(), sealer.getPublic(), unsealKey(id), clock);
        api.must(() -> api.putBytes("/api/v1/exams/" + id + "/package", admin, sealed)).ok();
    }

    private final Map<String, UnsealKey> unsealKeys = new HashMap<>();

    private UnsealKey unsealKey(String exam) {
        return unsealKeys.computeIfAbsent(exam, e -> UnsealKey.generate());
    }

    /** Applicants (id, surname, given name) registered for {@code exam}, imported as the secretary's CSV; a room of six seats. */
    Map<String, String> seat(String exam, List<String[]> applicants) {
        api.must(() -> api.put("/api/v1/rooms/101", admin, Json.createObjectBuilder().add("name", "Ауд. 101").add("rows", 2)
                .add("columns", 3).build())).ok();
        StringBuilder csv = new StringBuilder("id;surname;given_name;document_kind;document_number;exams\n");
        int n = 0;
        for (String[] a : applicants) {
            csv.append(a[0]).append(';').append(a[1]).append(';').append(a[2]).append(";PASSPORT_RF;45")
                    .append("%02d %06d".formatted(++n, 100_000 + n * 37)).append(';').append(exam).append('\n');
        }
        api.must(() -> api.post("/api/v1/applicants/import", admin, "text/csv", csv.toString())).ok();
        JsonObject plan = api.must(() -> api.post("/api/v1/exams/" + exam + "/seating", admin,
                Json.createObjectBuilder().add("rooms", Json.createArrayBuilder().add("101")).add("seed", 7).build())).ok();
        Map<String, String> seats = new LinkedHashMap<>();
        plan.getJsonArray("seated").forEach(v -> seats.put(v.asJsonObject().getString("applicantId"), v.asJsonObject().getString("seat")));
        return seats;
    }

    /** Admitted at the door with the passport checked, given a key, at a terminal paired to the seat: rules and photos done. */
    Terminal admit(String exam, String applicant, String seat) {
        String attempt = applicant + "." + exam;
        JsonObject decision = api.must(() -> api.post("/api/v1/attempts/" + attempt + "/admit", supervisor,
                Json.createObjectBuilder().add("documentChecked", true).build())).ok();
        if (!"ADMITTED".equals(decision.getString("decision"))) {
            throw new AssertionError(applicant + " not admitted: " + decision);
        }
        String key = api.must(() -> api.post("/api/v1/attempts/" + attempt + "/key", supervisor, JsonValue.EMPTY_JSON_OBJECT)).ok()
                .getString("key");
        String code = api.must(() -> api.post("/api/v1/pairing-codes", supervisor, Json.createObjectBuilder().add("roomId", "101")
                .add("seat", seat).build())).ok().getString("code");
        String terminalId = "T-%06d".formatted(Math.abs(site.hashCode() % 1000) * 1000 + ++terminals);
        String credential = api.must(() -> api.post("/api/v1/terminals/pair", null, Json.createObjectBuilder()
                .add("terminalId", terminalId).add("code", code).build())).ok().getString("credential");
        Terminal terminal = new Terminal(attempt, credential);
        terminal.post("key", Json.createObjectBuilder().add("key", key).build());
        terminal.post("rules", Json.createObjectBuilder().add("rules", true).add("personalDataConsent", true).build());
        terminal.post("photos", Json.createObjectBuilder().add("photos", Json.createArrayBuilder().add(PHOTO)).build());
        return terminal;
    }

    void unseal(String exam) {
        api.must(() -> api.post("/api/v1/exams/" + exam + "/unseal", supervisor,
                Json.createObjectBuilder().add("key", unsealKey(exam).toText()).build())).ok();
    }

    JsonObject remove(String attempt, String actNumber, String rule, String reason) {
        return api.must(() -> api.post("/api/v1/attempts/" + attempt + "/remove", supervisor, Json.createObjectBuilder()
                .add("actNumber", actNumber).add("rule", rule).add("reason", reason).build())).ok();
    }

    JsonObject absent(String attempt) {
        return api.must(() -> api.post("/api/v1/attempts/" + attempt + "/absent", supervisor, JsonValue.EMPTY_JSON_OBJECT)).ok();
    }

    /** Grades the exam as the committee; the room's results by attempt id. */
    Map<String, JsonObject> grade(String exam) {
        Map<String, JsonObject> byAttempt = new LinkedHashMap<>();
        api.must(() -> api.post("/api/v1/exams/" + exam + "/results", admin, JsonValue.EMPTY_JSON_OBJECT)).ok()
                .getJsonArray("results").getValuesAs(JsonObject.class).forEach(r -> byAttempt.put(r.getString("attemptId"), r));
        return byAttempt;
    }

    /** {@code POST /api/v1/sync/run} as the supervisor: a round now; the sync status after it. */
    JsonObject syncNow() {
        return api.must(() -> api.post("/api/v1/sync/run", supervisor, JsonValue.EMPTY_JSON_OBJECT)).ok();
    }

    JsonObject get(String path) {
        return api.must(() -> api.get(path, admin)).ok();
    }

    @Override
    public void close() {
        controller.close();
    }

    /** A paired terminal driven through the terminal API with its credential. */
    final class Terminal {
        final String attempt;
        private final String credential;
        private long seq;

        private Terminal(String attempt, String credential) {
            this.attempt = attempt;
            this.credential = credential;
        }

        Terminal start() {
            api.must(() -> api.get("/api/v1/terminal/variant", credential)).ok();
            return post("start", JsonValue.EMPTY_JSON_OBJECT);
        }

        /** Answers the first {@code count} items of the variant, {@code correct} of them rightly. */
        Terminal answer(int from, int count, boolean correct) {
            for (Item item : ITEMS.subList(from, Math.min(ITEMS.size(), from + count))) {
                ResponseValue value = correct
                        ? ItemScorer.correctResponses(item).values().stream().findFirst().orElseThrow()
                        : wrong(item);
                JsonObject body = Json.createObjectBuilder().add("seq", ++seq)
                        .add("response", ResponseValueJson.itemToJson(Map.of(item.responses().getFirst().identifier(), value))).build();
                api.must(() -> api.put("/api/v1/terminal/answers/" + item.id(), credential, body)).ok();
            }
            return this;
        }

        Terminal finish() {
            return post("finish", Json.createObjectBuilder().add("confirmed", true).build());
        }

        private Terminal post(String path, JsonValue body) {
            api.must(() -> api.post("/api/v1/terminal/" + path, credential, body)).ok();
            return this;
        }
    }

    private static ResponseValue wrong(Item item) {
        return switch (item.responses().getFirst().baseType()) {
            case STRING -> new ResponseValue.Text("не знаю");
            case FLOAT, INTEGER -> new ResponseValue.Number(BigDecimal.ONE.negate());
            default -> new ResponseValue.Identifier("none");
        };
    }

    private static byte[] bank() {
        try (InputStream in = ControllerRoom.class.getResourceAsStream("/org/examroom/launcher/demo/demo-bank.xml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String PHOTO = photo();

    private static String photo() {
        return Base64.getEncoder().encodeToString(Pictures.jpeg(32, 24));
    }

    static List<String[]> people(String... idSurnameGiven) {
        List<String[]> people = new ArrayList<>();
        for (int i = 0; i + 2 < idSurnameGiven.length; i += 3) {
            people.add(new String[] {idSurnameGiven[i], idSurnameGiven[i + 1], idSurnameGiven[i + 2]});
        }
        return people;
    }
}
