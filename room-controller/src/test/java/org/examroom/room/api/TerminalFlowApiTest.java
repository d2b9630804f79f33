package org.examroom.room.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.examroom.room.RunningRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An applicant's attempt from the terminal's side, and the supervisor's hand on it, over real HTTPS and Derby. */
class TerminalFlowApiTest {

    static final Instant START = ExamFlowApiTest.START;

    @TempDir
    Path data;
    RunningRoom room;
    String admin;
    String terminal;
    String attemptId = "A-001.MATH-1";

    @BeforeEach
    void seatedAndKeyed() {
        room = new RunningRoom(data, START.minus(Duration.ofMinutes(20)));
        admin = room.admin();
        room.put("/api/v1/exams/MATH-1", admin, ExamFlowApiTest.exam("Математика", "TPU", "2026-07-15T10:00"));
        room.put("/api/v1/rooms/101", admin, Json.createObjectBuilder().add("rows", 2).add("columns", 2).build());
        room.postAs("/api/v1/applicants/import", admin, "text/csv",
                "id;surname;given_name;document_kind;document_number;exams\nA-001;Иванова;Анна;PASSPORT_RF;4510 123456;MATH-1\n");
        room.post("/api/v1/exams/MATH-1/seating", admin, "{\"rooms\":[\"101\"],\"seed\":3}");
        room.post("/api/v1/attempts/" + attemptId + "/admit", admin, "{\"documentChecked\":true}");
        var issued = room.post("/api/v1/attempts/" + attemptId + "/key", admin, "{}").json();
        String seat = issued.getJsonObject("attempt").getString("seat");
        terminal = room.pairTerminal(admin, "T-7F3K2Q", Json.createObjectBuilder().add("roomId", "101").add("seat", seat).build());
        assertThat(room.post("/api/v1/terminal/key", terminal, Json.createObjectBuilder().add("key", issued.getString("key")).build())
                .status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        room.close();
    }

    private void writing() {
        assertThat(room.post("/api/v1/terminal/rules", terminal, "{\"rules\":true,\"personalDataConsent\":true}").status()).isEqualTo(200);
        photosAndStart();
    }

    private void photosAndStart() {
        var photos = room.post("/api/v1/terminal/photos", terminal, Json.createObjectBuilder()
                .add("photos", Json.createArrayBuilder().add(jpeg()).add(jpeg()).add(jpeg()).add(jpeg()).add(jpeg())).build());
        assertThat(photos.status()).isEqualTo(200);
        room.clock.set(START);
        assertThat(room.post("/api/v1/terminal/start", terminal, "").json().getJsonObject("attempt").getString("state")).isEqualTo("IN_PROGRESS");
    }

    private JsonObject heartbeat(String ack) {
        var reply = room.post("/api/v1/terminal/heartbeat", terminal, "{\"status\":\"WRITING\",\"clockOffsetMs\":12,\"ack\":[" + ack + "]}");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private RunningRoom.Reply save(String item, long seq, String response) {
        return room.put("/api/v1/terminal/answers/" + item, terminal,
                Json.createReader(new java.io.StringReader("{\"seq\":" + seq + ",\"response\":" + response + "}")).readObject());
    }

    @Test
    void rulesPhotosAndStartOpenTheTestAndTheHeartbeatCarriesTheClock() throws Exception {
        var refused = room.post("/api/v1/terminal/rules", terminal, "{\"rules\":true,\"personalDataConsent\":false}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getJsonObject("explanation").getString("ru")).isEqualTo("Нет согласия на обработку персональных данных");
        writing();
        JsonObject beat = heartbeat("");
        assertThat(beat.getJsonObject("attempt").getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(beat.getJsonObject("attempt").getInt("remainingSeconds")).isEqualTo(180 * 60);
        assertThat(beat.getString("serverTime")).isEqualTo(START.toString());
        try (var files = Files.list(data.resolve("evidence").resolve(attemptId))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("identity-"))).hasSize(5);
        }
    }

    @Test
    void aTerminalThatResendsAStepAfterALostReplyGetsTheSameAnswer() {
        writing();
        assertThat(room.post("/api/v1/terminal/rules", terminal, "{\"rules\":true,\"personalDataConsent\":true}").status()).isEqualTo(200);
        var again = room.post("/api/v1/terminal/start", terminal, "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getJsonObject("attempt").getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(room.get("/api/v1/attempts/" + attemptId + "/timeline", admin).json().getJsonArray("events").stream()
                .filter(e -> e.asJsonObject().getString("type").equals("TestStarted"))).as("started once").hasSize(1);
        room.post("/api/v1/terminal/finish", terminal, "{\"confirmed\":true}");
        assertThat(room.post("/api/v1/terminal/finish", terminal, "{\"confirmed\":true}").status()).isEqualTo(200);
    }

    @Test
    void answersAreIdempotentAndOrderedBySequenceNumber() {
        writing();
        assertThat(save("q1", 2, "\"B\"").json().getInt("storedSeq")).isEqualTo(2);
        assertThat(save("q1", 1, "\"A\"").json().getInt("storedSeq")).as("an older save arriving late changes nothing").isEqualTo(2);
        assertThat(save("q1", 2, "\"B\"").json().getInt("storedSeq")).as("a resend is acknowledged").isEqualTo(2);
        assertThat(save("q1", 3, "[\"A\",\"C\"]").json().getInt("storedSeq")).isEqualTo(3);
        assertThat(save("q1", 0, "\"X\"").field()).isEqualTo("seq");
        assertThat(room.put("/api/v1/terminal/answers/q1", terminal, Json.createObjectBuilder().add("seq", 4).build()).field()).isEqualTo("response");
    }

    @Test
    void concurrentSavesOfOneItemKeepTheHighestSequence() {
        writing();
        var saves = java.util.stream.IntStream.rangeClosed(1, 40)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> save("q7", i, "\"v" + i + "\"")))
                .toList();
        saves.forEach(f -> assertThat(f.join().status()).isEqualTo(200));
        assertThat(save("q7", 40, "\"v40\"").json().getInt("storedSeq")).isEqualTo(40);
    }

    @Test
    void aPauseReachesTheTerminalStopsTheClockAndIsAcknowledged() {
        writing();
        room.clock.set(START.plus(Duration.ofMinutes(30)));
        assertThat(room.post("/api/v1/attempts/" + attemptId + "/pause", admin, "{\"reason\":\"fire alarm\"}").status()).isEqualTo(200);
        JsonObject beat = heartbeat("");
        assertThat(beat.getJsonArray("instructions")).singleElement().satisfies(i -> {
            assertThat(i.asJsonObject().getString("kind")).isEqualTo("PAUSE");
            assertThat(i.asJsonObject().getJsonObject("payload").getString("reason")).isEqualTo("fire alarm");
        });
        long pauseId = beat.getJsonArray("instructions").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(beat.getJsonObject("attempt").getBoolean("paused")).isTrue();
        assertThat(save("q1", 1, "\"A\"").status()).as("no answers while paused").isEqualTo(409);

        room.clock.set(START.plus(Duration.ofMinutes(50)));
        JsonObject later = heartbeat(Long.toString(pauseId));
        assertThat(later.getJsonObject("attempt").getInt("remainingSeconds")).isEqualTo(150 * 60);
        assertThat(heartbeat("").getJsonArray("instructions")).as("acknowledged instructions are not sent again").isEmpty();

        room.post("/api/v1/attempts/" + attemptId + "/resume", admin, "");
        room.post("/api/v1/attempts/" + attemptId + "/extend", admin, "{\"minutes\":10,\"reason\":\"power cut\"}");
        JsonObject resumed = heartbeat("");
        assertThat(resumed.getJsonArray("instructions").stream().map(i -> i.asJsonObject().getString("kind"))).containsExactly("RESUME", "EXTEND");
        assertThat(resumed.getJsonObject("attempt").getInt("remainingSeconds")).isEqualTo(160 * 60);
    }

    @Test
    void theConsoleLongPollsTheRoomMap() throws Exception {
        writing();
        heartbeat("");
        var first = room.get("/api/v1/rooms/101/live", admin).json();
        long version = first.getJsonNumber("version").longValue();
        var mine = first.getJsonArray("seats").stream().map(v -> v.asJsonObject()).filter(s -> s.containsKey("attemptId")).findFirst().orElseThrow();
        assertThat(mine.getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(mine.getBoolean("online")).isTrue();
        assertThat(mine.getString("applicant")).isEqualTo("Иванова А.");
        assertThat(first.getJsonArray("seats")).hasSize(4);

        var waiting = CompletableFuture.supplyAsync(() -> room.get("/api/v1/rooms/101/live?since=" + version, admin).json());
        Thread.sleep(300);
        assertThat(waiting).isNotDone();
        assertThat(room.post("/api/v1/terminal/help", terminal, "").status()).isEqualTo(201);
        JsonObject changed = waiting.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(changed.getJsonNumber("version").longValue()).isGreaterThan(version);
        var seat = changed.getJsonArray("seats").stream().map(v -> v.asJsonObject()).filter(s -> s.containsKey("helpRequest")).findFirst().orElseThrow();
        assertThat(room.post("/api/v1/help/" + seat.getJsonNumber("helpRequest").longValue() + "/close", admin, "").status()).isEqualTo(204);
    }

    @Test
    void finishingLocksTheAnswersButAResendIsStillAcknowledged() {
        writing();
        save("q1", 1, "\"A\"");
        assertThat(room.post("/api/v1/terminal/finish", terminal, "{\"confirmed\":false}").field()).isEqualTo("confirmed");
        var done = room.post("/api/v1/terminal/finish", terminal, "{\"confirmed\":true}");
        assertThat(done.json().getJsonObject("attempt").getString("state")).isEqualTo("SUBMITTED");
        assertThat(save("q1", 1, "\"A\"").status()).isEqualTo(200);
        var late = save("q1", 2, "\"B\"");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getJsonObject("explanation").getString("en")).contains("submitted");
    }

    @Test
    void whenTimeRunsOutTheControllerSubmitsAndTellsTheTerminal() throws Exception {
        writing();
        room.clock.set(START.plus(Duration.ofMinutes(181)));
        JsonObject beat = null;
        for (int i = 0; i < 50; i++) {
            beat = heartbeat("");
            if (!beat.getJsonArray("instructions").isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(beat.getJsonArray("instructions")).singleElement()
                .satisfies(i -> assertThat(i.asJsonObject().getString("kind")).isEqualTo("FINISHED"));
        assertThat(room.get("/api/v1/attempts/" + attemptId, admin).json().getString("state")).isEqualTo("SUBMITTED");
    }

    @Test
    void removalWithAnActAndExitsFollowTheRules() {
        writing();
        var exit = room.post("/api/v1/attempts/" + attemptId + "/exit", admin, "");
        assertThat(exit.status()).isEqualTo(409);
        assertThat(exit.json().getJsonObject("explanation").getString("en")).startsWith("Leaving is allowed from 120 min after the start");
        room.clock.set(START.plus(Duration.ofMinutes(125)));
        assertThat(room.post("/api/v1/attempts/" + attemptId + "/exit", admin, "").status()).isEqualTo(200);
        assertThat(room.post("/api/v1/attempts/" + attemptId + "/return", admin, "").status()).isEqualTo(200);

        assertThat(room.post("/api/v1/attempts/" + attemptId + "/remove", admin, "{\"actNumber\":\"A-1\",\"rule\":\"phone\"}").field())
                .isEqualTo("reason");
        var removed = room.post("/api/v1/attempts/" + attemptId + "/remove", admin,
                "{\"actNumber\":\"A-1\",\"rule\":\"phone\",\"reason\":\"used a phone\"}");
        assertThat(removed.json().getString("state")).isEqualTo("REMOVED");
        assertThat(heartbeat("").getJsonArray("instructions").getJsonObject(0).getString("kind")).isEqualTo("REMOVE");
        assertThat(save("q1", 1, "\"A\"").status()).isEqualTo(409);

        String act = room.pdfText("/api/v1/attempts/" + attemptId + "/documents/removal-act.pdf", admin);
        assertThat(act).contains("Иванова Анна", "A-1", "phone", "used a phone", "Математика");
        assertThat(room.pdfText("/api/v1/exams/MATH-1/documents/reconciliation.pdf", admin)).contains("Иванова Анна", "удалён, акт № A-1");
        assertThat(room.pdfText("/api/v1/exams/MATH-1/documents/key-register.pdf", admin)).contains("Иванова Анна", "K-00001", "4510 123456");
    }

    @Test
    void anExamsRecordIsExportedWithAttemptsAnswersAuditAndEvidence() throws Exception {
        writing();
        save("q1", 1, "\"A\"");
        room.post("/api/v1/terminal/finish", terminal, "{\"confirmed\":true}");
        var http = java.net.http.HttpClient.newBuilder()
                .sslContext(org.examroom.common.net.RoomTrust.sslContext(room.controller.caFile().orElseThrow())).build();
        var reply = http.send(java.net.http.HttpRequest.newBuilder(room.controller.localUri().resolve("/api/v1/exams/MATH-1/export"))
                .header("Authorization", "Bearer " + admin).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).isEqualTo(200);
        java.util.Map<String, String> entries = new java.util.HashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(reply.body()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsKeys("exam.json", "applicants.json", "attempts.json", "audit.json");
        assertThat(entries.keySet().stream().filter(n -> n.startsWith("evidence/" + attemptId + "/identity-"))).hasSize(5);
        assertThat(entries.get("attempts.json")).contains("\"state\":\"SUBMITTED\"", "\"q1\"", "TestStarted", "A-001");
        assertThat(entries.get("applicants.json")).contains("Иванова Анна");
        assertThat(entries.get("audit.json")).contains("attempt.Submitted", "attempt.KeyEntered");
    }

    @Test
    void aTerminalRestartedMidTestWaitsForTheSupervisorWithItsClockStopped() {
        writing();
        room.clock.set(START.plus(Duration.ofMinutes(40)));
        var restarted = room.post("/api/v1/terminal/restarted", terminal, "{}");
        assertThat(restarted.json().getJsonObject("attempt").getString("state")).isEqualTo("PAUSED");
        assertThat(room.post("/api/v1/terminal/restarted", terminal, "{}").json().getJsonObject("attempt").getString("state"))
                .as("said again after a lost reply").isEqualTo("PAUSED");
        var beat = heartbeat("");
        assertThat(beat.getJsonArray("instructions").stream().map(i -> i.asJsonObject().getString("kind"))).containsExactly("PAUSE");
        assertThat(beat.getJsonObject("attempt").getBoolean("paused")).isTrue();
        var seat = room.get("/api/v1/rooms/101/live", admin).json().getJsonArray("seats").stream().map(v -> v.asJsonObject())
                .filter(x -> attemptId.equals(x.getString("attemptId", ""))).findFirst().orElseThrow();
        assertThat(seat.containsKey("helpRequest")).as("the room map calls the supervisor").isTrue();
        var events = room.get("/api/v1/attempts/" + attemptId + "/timeline", admin).json().getJsonArray("events");
        assertThat(events.stream().filter(e -> e.asJsonObject().getString("type").equals("Paused")).count()).isEqualTo(1);

        room.clock.set(START.plus(Duration.ofMinutes(55)));
        room.post("/api/v1/attempts/" + attemptId + "/resume", admin, "");
        var after = heartbeat("");
        assertThat(after.getJsonObject("attempt").getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(after.getJsonObject("attempt").getJsonNumber("remainingSeconds").longValue())
                .as("the fifteen minutes of the restart are not lost").isEqualTo(Duration.ofMinutes(140).toSeconds());
        assertThat(room.post("/api/v1/terminal/restarted", terminal, "{}").json().getJsonObject("attempt").getString("state"))
                .isEqualTo("PAUSED");
    }

    @Test
    void theIdentityPhotosGoBackOnlyToTheTerminalHoldingTheAttemptAndOnlyOnceTaken() {
        var tooEarly = room.get("/api/v1/terminal/photos", terminal);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().getJsonObject("explanation").getString("en")).contains("this needs \"photos taken\"");
        writing();

        var photos = room.get("/api/v1/terminal/photos", terminal);
        assertThat(photos.status()).isEqualTo(200);
        assertThat(photos.json().getString("attemptId")).isEqualTo(attemptId);
        assertThat(photos.json().getJsonArray("photos").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).as("as uploaded").hasSize(5).containsOnly(jpeg());
        room.post("/api/v1/terminal/restarted", terminal, "{}");
        assertThat(room.get("/api/v1/terminal/photos", terminal).status()).as("paused for the restart").isEqualTo(200);

        String another = room.pairTerminal(admin, "T-BBBBBB", Json.createObjectBuilder().add("roomId", "101").add("seat", "2-2").build());
        var elsewhere = room.get("/api/v1/terminal/photos", another);
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.body()).doesNotContain(jpeg());
        assertThat(room.get("/api/v1/terminal/photos", admin).status()).as("a terminal's call, not staff's").isEqualTo(403);
        assertThat(room.get("/api/v1/audit?limit=1000", admin).json().getJsonArray("entries").stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("action").equals("photos.fetched"))).as("each fetch on the record").hasSize(2);

        room.post("/api/v1/attempts/" + attemptId + "/resume", admin, "");
        room.post("/api/v1/terminal/finish", terminal, "{\"confirmed\":true}");
        assertThat(room.get("/api/v1/terminal/photos", terminal).status()).as("the attempt is over").isEqualTo(409);
    }

    @Test
    void theReviewListPutsTheDoubtfulAttemptFirstByItsTrustScore() {
        writing();
        // 18 of the first 90 minutes with another person in view, reported at its start and again at its end
        room.post("/api/v1/terminal/events", terminal, Json.createObjectBuilder().add("kind", "MULTIPLE_PEOPLE")
                .add("start", START.plus(Duration.ofMinutes(30)).toString()).build());
        room.post("/api/v1/terminal/events", terminal, Json.createObjectBuilder().add("kind", "MULTIPLE_PEOPLE")
                .add("start", START.plus(Duration.ofMinutes(30)).toString()).add("end", START.plus(Duration.ofMinutes(48)).toString()).build());
        room.post("/api/v1/terminal/events", terminal, Json.createObjectBuilder().add("kind", "SECOND_MONITOR")
                .add("start", START.toString()).build());
        room.clock.set(START.plus(Duration.ofMinutes(90)));
        room.post("/api/v1/terminal/finish", terminal, "{\"confirmed\":true}");

        var review = room.get("/api/v1/exams/MATH-1/review", admin).json().getJsonArray("attempts");
        assertThat(review).hasSize(1);
        JsonObject line = review.getJsonObject(0);
        assertThat(line.getString("attemptId")).isEqualTo(attemptId);
        // 20% of the attempt × weight 2 = 40 points off; the second monitor is a note, not a violation
        assertThat(line.getJsonNumber("trustScore").doubleValue()).isEqualTo(60.0);
        assertThat(line.getJsonObject("shares").keySet()).containsExactly("MULTIPLE_PEOPLE");
        assertThat(line.getString("applicant")).startsWith("Иванова");
        assertThat(room.get("/api/v1/exams/MATH-1/review", terminal).status()).isIn(401, 403);
    }

    @Test
    void theTimelineReconciliationObserversAndDraftSheetsAreOnRecord() {
        writing();
        room.post("/api/v1/terminal/events", terminal, Json.createObjectBuilder().add("kind", "MULTIPLE_PEOPLE")
                .add("start", START.toString()).add("confidence", 0.93).add("snapshot", jpeg()).build());
        var timeline = room.get("/api/v1/attempts/" + attemptId + "/timeline", admin).json();
        assertThat(timeline.getJsonArray("events").stream().map(e -> e.asJsonObject().getString("type")))
                .containsSubsequence("Admitted", "KeyIssued", "KeyEntered", "RulesAccepted", "PhotosTaken", "TestStarted");
        var snapshot = timeline.getJsonArray("evidence").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("kind").equals("proctoring")).findFirst().orElseThrow();
        assertThat(room.get("/api/v1/evidence/" + snapshot.getJsonNumber("id").longValue(), admin).status()).isEqualTo(200);

        var before = room.get("/api/v1/exams/MATH-1/reconciliation", admin).json();
        assertThat(before.getInt("present")).isEqualTo(1);
        assertThat(before.getBoolean("reconciled")).isFalse();
        room.post("/api/v1/terminal/finish", terminal, "{\"confirmed\":true}");
        var after = room.get("/api/v1/exams/MATH-1/reconciliation", admin).json();
        assertThat(after.getInt("worksHandedIn")).isEqualTo(1);
        assertThat(after.getBoolean("reconciled")).isTrue();

        assertThat(room.post("/api/v1/rooms/101/observers", admin, "{\"fullName\":\"Орлова Ольга\",\"role\":\"общественный наблюдатель\"}")
                .status()).isEqualTo(201);
        assertThat(room.post("/api/v1/rooms/101/observers", admin, "{\"role\":\"x\"}").field()).isEqualTo("fullName");
        var observers = room.get("/api/v1/rooms/101/observers", admin).json().getJsonArray("observers");
        assertThat(observers).singleElement().satisfies(o -> assertThat(o.asJsonObject().getString("fullName")).isEqualTo("Орлова Ольга"));
        assertThat(room.post("/api/v1/rooms/101/observers/" + observers.getJsonObject(0).getInt("id") + "/left", admin, "").status())
                .isEqualTo(204);

        assertThat(room.post("/api/v1/attempts/" + attemptId + "/draft-sheets", admin, "{\"sheets\":2}").status()).isEqualTo(201);
        assertThat(room.post("/api/v1/attempts/" + attemptId + "/draft-sheets", admin, "{\"sheets\":0}").field()).isEqualTo("sheets");
        assertThat(room.get("/api/v1/exams/MATH-1/draft-sheets", admin).json().getJsonArray("draftSheets")).hasSize(1);
    }

    @Test
    void aMessageReachesTheTerminalAndATechnicalFailureLocksIt() {
        writing();
        assertThat(room.post("/api/v1/attempts/" + attemptId + "/message", admin, "{\"text\":\"Осталось 10 минут\"}").status()).isEqualTo(202);
        assertThat(room.post("/api/v1/attempts/" + attemptId + "/message", admin, "{\"text\":\"\"}").field()).isEqualTo("text");
        var failed = room.post("/api/v1/attempts/" + attemptId + "/technical-failure", admin, "{\"description\":\"monitor died\"}");
        assertThat(failed.json().getString("state")).isEqualTo("TECHNICAL_FAILURE");
        var kinds = heartbeat("").getJsonArray("instructions").stream().map(i -> i.asJsonObject().getString("kind")).toList();
        assertThat(kinds).containsExactly("MESSAGE", "LOCK");
        assertThat(heartbeat("").getJsonArray("instructions").getJsonObject(0).getJsonObject("payload").getString("text"))
                .isEqualTo("Осталось 10 минут");
        assertThat(room.post("/api/v1/attempts/" + attemptId + "/pause", admin, "{\"reason\":\"x\"}").status()).isEqualTo(409);

        String application = room.pdfText("/api/v1/attempts/" + attemptId + "/documents/reserve-day-application.pdf", admin);
        assertThat(application).contains("Иванова Анна", "Математика", "monitor died", "4510", "123456");
        assertThat(room.get("/api/v1/attempts/" + attemptId + "/documents/removal-act.pdf", admin).status()).isEqualTo(409);
    }

    @Test
    void badUploadsAndEventsNameTheField() {
        room.post("/api/v1/terminal/rules", terminal, "{\"rules\":true,\"personalDataConsent\":true}");
        var notJpeg = room.post("/api/v1/terminal/photos", terminal, Json.createObjectBuilder()
                .add("photos", Json.createArrayBuilder().add(Base64.getEncoder().encodeToString("GIF89a....".getBytes()))).build());
        assertThat(notJpeg.status()).isEqualTo(422);
        assertThat(notJpeg.field()).isEqualTo("photos[0]");
        assertThat(room.post("/api/v1/terminal/photos", terminal, "{\"photos\":[\"%%%\"]}").field()).isEqualTo("photos[0]");
        photosAndStart();
        var event = room.post("/api/v1/terminal/events", terminal, Json.createObjectBuilder().add("kind", "FACE_ABSENT")
                .add("start", START.toString()).add("confidence", 0.97).add("snapshot", jpeg()).build());
        assertThat(event.status()).isEqualTo(201);
        assertThat(room.post("/api/v1/terminal/events", terminal, "{\"kind\":\"face absent\",\"start\":\"2026-07-15T07:00:00Z\"}").field())
                .isEqualTo("kind");
        assertThat(room.post("/api/v1/terminal/events", terminal, "{\"kind\":\"FACE_ABSENT\",\"start\":\"yesterday\"}").field())
                .isEqualTo("start");
    }

    static String jpeg() {
        return org.examroom.room.TestImages.jpeg();
    }
}
