package org.examroom.launcher.console;

import org.examroom.launcher.sim.RoomApi;
import org.examroom.launcher.testing.MovableClock;
import org.examroom.launcher.testing.Pictures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.examroom.common.net.RoomTrust;
import org.examroom.room.RoomController;
import org.examroom.room.RoomSettings;

/**
 * A real room controller in a temporary folder, on a clock the test moves: one exam under the TPU rules (late by up
 * to 30 minutes admitted without extra time, later refused) at 10:00 Moscow time, a room of 5 × 6 seats, 30
 * applicants seated in it; and terminals played through the terminal API, so the console sees a room in every state.
 */
final class ExamDay implements AutoCloseable {

    static final Instant START = Instant.parse("2026-07-15T07:00:00Z");
    static final String EXAM = "MATH-1";
    static final String PASSWORD = "console-walk-pw";
    static final List<String> SURNAMES = List.of("Иванова", "Петров", "Сидорова", "Кузнецов", "Смирнова", "Попов",
            "Васильева", "Соколов", "Михайлова", "Новиков", "Фёдорова", "Морозов", "Волкова", "Алексеев", "Лебедева",
            "Семёнов", "Егорова", "Павлов", "Козлова", "Степанов", "Николаева", "Орлов", "Андреева", "Макаров",
            "Захарова", "Зайцев", "Соловьёва", "Борисов", "Яковлева", "Григорьев");

    final MovableClock clock = new MovableClock(START.minus(Duration.ofMinutes(30)));
    final RoomController controller;
    final SSLContext trust;
    private final RoomApi api;
    final String admin;
    private int terminals;
    /** Attempt id by seat label, as the seating put them. */
    final Map<String, String> attemptBySeat = new LinkedHashMap<>();
    /** Seat label by attempt id. */
    final Map<String, String> seatByAttempt = new LinkedHashMap<>();

    ExamDay(Path data) {
        controller = RoomController.start(RoomSettings.load(Optional.empty(), Map.of("examroom.data", data.toString(),
                "server.port", "0", "examroom.bootstrap.password", PASSWORD,
                "examroom.university", "Томский политехнический университет")), clock);
        trust = RoomTrust.sslContext(controller.caFile().orElseThrow());
        api = new RoomApi(uri(), trust);
        admin = call("POST", "/api/v1/auth/login", null, "{\"login\":\"admin\",\"password\":\"" + PASSWORD + "\"}").getString("token");
        call("PUT", "/api/v1/exams/" + EXAM, admin, Json.createObjectBuilder().add("subject", "Математика")
                .add("programme", "01.03.02 Прикладная математика").add("scheduledStart", "2026-07-15T10:00")
                .add("durationMinutes", 180).add("passMark", 40).add("policy", "TPU")
                .add("variants", Json.createArrayBuilder().add("V1").add("V2")).build().toString());
        call("PUT", "/api/v1/rooms/101", admin, "{\"name\":\"101\",\"rows\":5,\"columns\":6}");
        StringBuilder csv = new StringBuilder("id;surname;given_name;patronymic;document_kind;document_number;exams\n");
        for (int i = 0; i < SURNAMES.size(); i++) {
            boolean female = SURNAMES.get(i).endsWith("а");
            csv.append("A-%03d;%s;%s;%s;PASSPORT_RF;45%02d 1%05d;%s\n".formatted(i + 1, SURNAMES.get(i),
                    female ? "Анна" : "Иван", female ? "Сергеевна" : "Петрович", i, i, EXAM));
        }
        call("POST", "/api/v1/applicants/import", admin, "text/csv", csv.toString());
        JsonObject seating = call("POST", "/api/v1/exams/" + EXAM + "/seating", admin, "application/json",
                "{\"rooms\":[\"101\"],\"seed\":7}");
        seating.getJsonArray("seated").getValuesAs(JsonObject.class).forEach(s -> {
            String attempt = s.getString("applicantId") + "." + EXAM;
            attemptBySeat.put(s.getString("seat"), attempt);
            seatByAttempt.put(attempt, s.getString("seat"));
        });
    }

    URI uri() {
        return controller.localUri();
    }

    static String attempt(int applicant) {
        return "A-%03d.%s".formatted(applicant, EXAM);
    }

    /** Admits with the passport checked and issues the key, as the desk would; answers the key. */
    String admitAndIssue(String attempt) {
        call("POST", "/api/v1/attempts/" + attempt + "/admit", admin, "{\"documentChecked\":true}");
        return call("POST", "/api/v1/attempts/" + attempt + "/key", admin, "{}").getString("key");
    }

    JsonObject supervisor(String attempt, String action, String body) {
        return call("POST", "/api/v1/attempts/" + attempt + "/" + action, admin, body);
    }

    String state(String attempt) {
        return call("GET", "/api/v1/attempts/" + attempt, admin, null).getString("state");
    }

    /** A terminal paired to the attempt's seat, driven through the terminal API. */
    Terminal terminal(String attempt) {
        String seat = seatByAttempt.get(attempt);
        String code = call("POST", "/api/v1/pairing-codes", admin, "{\"roomId\":\"101\",\"seat\":\"" + seat + "\"}").getString("code");
        String id = "T-%06d".formatted(++terminals);
        String credential = call("POST", "/api/v1/terminals/pair", null,
                "{\"terminalId\":\"" + id + "\",\"code\":\"" + code + "\"}").getString("credential");
        return new Terminal(credential);
    }

    final class Terminal {
        private final String credential;

        private Terminal(String credential) {
            this.credential = credential;
        }

        Terminal key(String key) {
            return post("key", "{\"key\":\"" + key + "\"}");
        }

        Terminal rules() {
            return post("rules", "{\"rules\":true,\"personalDataConsent\":true}");
        }

        Terminal photos() {
            return post("photos", "{\"photos\":[\"" + Base64.getEncoder().encodeToString(jpeg()) + "\"]}");
        }

        Terminal start() {
            return post("start", "{}");
        }

        Terminal heartbeat() {
            return post("heartbeat", "{\"status\":\"WRITING\",\"clockOffsetMs\":12,\"pendingAnswers\":0,\"ack\":[]}");
        }

        Terminal help() {
            return post("help", "{}");
        }

        Terminal flag(String kind) {
            return post("events", "{\"kind\":\"" + kind + "\",\"start\":\"" + clock.instant() + "\",\"confidence\":0.93}");
        }

        Terminal finish() {
            return post("finish", "{\"confirmed\":true}");
        }

        private Terminal post(String path, String body) {
            call("POST", "/api/v1/terminal/" + path, credential, body);
            return this;
        }
    }

    JsonObject call(String method, String path, String token, String body) {
        return call(method, path, token, "application/json", body);
    }

    JsonObject call(String method, String path, String token, String type, String body) {
        return api.expectOk(method, path, token, type,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    static byte[] jpeg() {
        return Pictures.jpeg(64, 48);
    }

    @Override
    public void close() {
        controller.close();
    }
}
