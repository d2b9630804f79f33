package org.examroom.room.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.SourceFiles;
import org.examroom.common.content.scoring.ItemScorer;
import org.examroom.common.seal.ExamContent;
import org.examroom.common.seal.SealedPackage;
import org.examroom.common.seal.SigningKeys;
import org.examroom.common.seal.UnsealKey;
import org.examroom.common.variant.Variant;
import org.examroom.common.wire.ResponseValueJson;
import org.examroom.room.RunningRoom;
import org.examroom.room.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After the test: essays marked blind by cipher by one or two graders, decoded into the results; appeals taken in
 * time and refused out of it; the results as a spreadsheet. A real controller, real Derby, real HTTPS.
 */
class GradingAppealsApiTest {

    /** A true/false question worth 10 and an essay worth 10: the essay's mark decides half the result. */
    static final String BANK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="truefalse">
                <name><text>Земля</text></name><questiontext format="html"><text>Земля вращается вокруг Солнца.</text></questiontext>
                <defaultgrade>10</defaultgrade>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
              </question>
              <question type="essay">
                <name><text>Тяготение</text></name>
                <questiontext format="html"><text>Объясните закон всемирного тяготения.</text></questiontext>
                <defaultgrade>10</defaultgrade>
              </question>
            </quiz>
            """;

    static final String APPLICANTS = """
            id;surname;given_name;patronymic;document_kind;document_number;exams
            A-1;Иванова;Анна;Петровна;PASSPORT_RF;4510 123456;PHYS-1
            A-2;Борисов;Борис;;PASSPORT_RF;4510 654321;PHYS-1
            """;

    static final String ANNA_ESSAY = "Сила притяжения пропорциональна массам и обратно пропорциональна квадрату расстояния.";
    static final String BORIS_ESSAY = "Всё падает вниз.";

    @TempDir
    Path data;
    RunningRoom room;
    String admin;
    List<Item> items;

    @BeforeEach
    void start() throws Exception {
        room = new RunningRoom(data, ExamFlowApiTest.START.minus(Duration.ofMinutes(20)));
        admin = room.admin();
    }

    @AfterEach
    void stop() {
        room.close();
    }

    @Test
    void gradersSeeCiphersNeverApplicantsAndDecodingWritesTheFinalPoints() {
        writtenAndGraded(1);
        String grader = staff("grader1", "Смирнова Ольга", "COMMITTEE_MEMBER");
        String secretary = staff("sec", "Секретарь Вера", "SECRETARY");

        JsonArray before = room.get("/api/v1/exams/PHYS-1/results", admin).json().getJsonArray("results");
        assertThat(before).hasSize(2).allSatisfy(r -> {
            assertThat(r.asJsonObject().getString("status")).isEqualTo("AWAITING_MANUAL");
            assertThat(r.asJsonObject().containsKey("cipher")).as("no cipher beside an applicant before decoding").isFalse();
        });

        RunningRoom.Reply grading = room.get("/api/v1/exams/PHYS-1/grading", grader);
        assertThat(grading.status()).isEqualTo(200);
        assertThat(grading.body()).doesNotContain("A-1", "A-2", "Иванова", "Анна", "Борисов", "4510", "PHYS-1.", ".PHYS-1");
        JsonArray works = grading.json().getJsonArray("works");
        assertThat(works).hasSize(2).allSatisfy(w -> {
            JsonObject work = w.asJsonObject();
            assertThat(work.getString("cipher")).matches("[2-9A-HJ-NP-Z]{2}-[2-9A-HJ-NP-Z]{4}");
            assertThat(work.getInt("gradersNeeded")).isEqualTo(1);
            JsonObject item = work.getJsonArray("items").getJsonObject(0);
            assertThat(work.getJsonArray("items")).as("only the essay waits for a grader").hasSize(1);
            assertThat(item.getString("prompt")).contains("закон всемирного тяготения");
            assertThat(item.getJsonNumber("maxScore").intValue()).isEqualTo(10);
        });
        String anna = cipherOf(works, ANNA_ESSAY);
        String boris = cipherOf(works, BORIS_ESSAY);
        String essay = essay().id();
        assertThat(room.get("/api/v1/exams/PHYS-1/grading", secretary).status()).isEqualTo(403);

        var early = room.post("/api/v1/exams/PHYS-1/grading/decode", admin, "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getJsonObject("explanation").getString("ru")).isEqualTo("Дешифровка невозможна: не проверено до конца работ — 2 из 2");
        assertThat(room.get("/api/v1/exams/PHYS-1/grading/ciphers", admin).status()).as("no table before decoding").isEqualTo(409);

        assertThat(mark(grader, anna, essay, "11").field()).isEqualTo("score");
        assertThat(mark(grader, anna, essay, "-1").status()).isEqualTo(422);
        assertThat(mark(secretary, anna, essay, "5").status()).isEqualTo(403);
        assertThat(mark(grader, "ZZ-ZZZZ", essay, "5").status()).isEqualTo(404);
        assertThat(mark(grader, anna, "nope", "5").status()).isEqualTo(404);
        assertThat(mark(grader, anna, essay, "6").json().getBoolean("complete")).isTrue();
        JsonObject changed = mark(grader, anna, essay, "8").json();
        assertThat(changed.getJsonArray("marks")).as("a grader changes their own mark").singleElement()
                .satisfies(m -> assertThat(m.asJsonObject().getString("grader")).isEqualTo("Смирнова Ольга"));
        assertThat(mark(admin, anna, essay, "3").status()).as("one grader per work: no second mark").isEqualTo(409);
        assertThat(room.post("/api/v1/exams/PHYS-1/grading/decode", admin, "").json().getJsonObject("explanation").getString("en"))
                .isEqualTo("Cannot decode: 1 of 2 works are not fully marked yet");
        mark(grader, boris, essay, "2");

        assertThat(room.post("/api/v1/exams/PHYS-1/grading/decode", grader, "").status()).as("decoding is the supervisor's").isEqualTo(403);
        var decoded = room.post("/api/v1/exams/PHYS-1/grading/decode", admin, "");
        assertThat(decoded.status()).isEqualTo(200);
        assertThat(decoded.json().getInt("decoded")).isEqualTo(2);

        Map<String, JsonObject> results = byApplicant(room.get("/api/v1/exams/PHYS-1/results", secretary).json().getJsonArray("results"));
        assertThat(results.get("A-1").getString("status")).isEqualTo("GRADED");
        assertThat(results.get("A-1").getInt("points")).as("(10 + 8) of 20 on 100 points").isEqualTo(90);
        assertThat(results.get("A-1").getBoolean("passed")).isTrue();
        assertThat(results.get("A-1").getString("cipher")).isEqualTo(anna);
        assertThat(results.get("A-2").getInt("points")).as("(0 + 2) of 20").isEqualTo(10);
        assertThat(results.get("A-2").getBoolean("passed")).as("under the pass mark of 40").isFalse();
        assertThat(results.get("A-2").getString("cipher")).isEqualTo(boris);

        JsonArray table = room.get("/api/v1/exams/PHYS-1/grading/ciphers", secretary).json().getJsonArray("ciphers");
        assertThat(table).extracting(c -> c.asJsonObject().getString("cipher") + "=" + c.asJsonObject().getString("applicantId"))
                .containsExactlyInAnyOrder(anna + "=A-1", boris + "=A-2");
        assertThat(room.get("/api/v1/exams/PHYS-1/grading/ciphers", grader).status()).isEqualTo(403);

        var locked = mark(grader, anna, essay, "10");
        assertThat(locked.status()).as("marks are locked once decoded").isEqualTo(409);
        assertThat(locked.json().getJsonObject("explanation").getString("ru")).isEqualTo("Работы уже дешифрованы: оценки больше не меняются");
        assertThat(room.post("/api/v1/exams/PHYS-1/grading/decode", admin, "").status()).isEqualTo(409);
        room.post("/api/v1/exams/PHYS-1/results", admin, "");
        assertThat(byApplicant(room.get("/api/v1/exams/PHYS-1/results", admin).json().getJsonArray("results")).get("A-1").getInt("points"))
                .as("grading again keeps the decoded marks").isEqualTo(90);

        String trail = room.get("/api/v1/audit?limit=1000", admin).body();
        assertThat(trail).contains("grading.marked", "grading.decoded");
        room.get("/api/v1/audit?limit=1000", admin).json().getJsonArray("entries").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("grading.marked"))
                .forEach(e -> assertThat(e.toString()).as("marks on the record name the cipher, not the applicant").doesNotContain("A-1", "A-2"));
    }

    @Test
    void twoGradersAgreeingGiveTheMeanAndADiscrepancyWaitsForTheChair() {
        writtenAndGraded(2);
        String first = staff("grader1", "Смирнова Ольга", "COMMITTEE_MEMBER");
        String second = staff("grader2", "Кузнецов Игорь", "COMMITTEE_MEMBER");
        String chair = staff("chair", "Председатель Павел", "SUPERVISOR");
        JsonArray works = room.get("/api/v1/exams/PHYS-1/grading", first).json().getJsonArray("works");
        assertThat(works.getJsonObject(0).getInt("gradersNeeded")).isEqualTo(2);
        String anna = cipherOf(works, ANNA_ESSAY);
        String boris = cipherOf(works, BORIS_ESSAY);
        String essay = essay().id();

        assertThat(mark(chair, anna, essay, "7").status()).as("first marks are the committee members'").isEqualTo(409);
        assertThat(mark(first, anna, essay, "7").json().getBoolean("complete")).isFalse();
        assertThat(mark(first, anna, essay, "7").json().getJsonArray("marks")).as("the same grader twice is still one mark").hasSize(1);
        JsonObject agreed = mark(second, anna, essay, "8").json();
        assertThat(agreed.getBoolean("complete")).isTrue();
        assertThat(agreed.getBoolean("discrepancy")).isFalse();
        assertThat(agreed.getJsonNumber("finalScore").bigDecimalValue()).isEqualByComparingTo("7.5");
        assertThat(mark(chair, anna, essay, "5").status()).as("two agreeing marks need no third").isEqualTo(409);

        mark(first, boris, essay, "2");
        JsonObject apart = mark(second, boris, essay, "9").json();
        assertThat(apart.getBoolean("discrepancy")).as("7 apart, more than 20% of 10").isTrue();
        assertThat(apart.getBoolean("complete")).isFalse();
        JsonObject waiting = workOf(room.get("/api/v1/exams/PHYS-1/grading", first).json().getJsonArray("works"), boris)
                .getJsonArray("items").getJsonObject(0);
        assertThat(waiting.getBoolean("discrepancy")).isTrue();
        assertThat(waiting.getJsonArray("marks")).extracting(m -> m.asJsonObject().getString("grader") + ":" + m.asJsonObject().get("score"))
                .containsExactly("Смирнова Ольга:2", "Кузнецов Игорь:9");
        var unfinished = room.post("/api/v1/exams/PHYS-1/grading/decode", admin, "");
        assertThat(unfinished.status()).isEqualTo(409);
        assertThat(unfinished.json().getJsonObject("explanation").getString("en")).contains("1 of 2 works");

        assertThat(room.get("/api/v1/exams/PHYS-1/grading", chair).json().getJsonArray("works")).as("the chair reads the works too")
                .hasSize(2);
        JsonObject decided = mark(chair, boris, essay, "5").json();
        assertThat(decided.getBoolean("complete")).isTrue();
        assertThat(decided.getJsonNumber("finalScore").intValue()).as("the third mark decides").isEqualTo(5);

        assertThat(room.post("/api/v1/exams/PHYS-1/grading/decode", admin, "").status()).isEqualTo(200);
        Map<String, JsonObject> results = byApplicant(room.get("/api/v1/exams/PHYS-1/results", admin).json().getJsonArray("results"));
        assertThat(results.get("A-1").getInt("points")).as("(10 + 7.5) of 20 = 87.5, rounded half up").isEqualTo(88);
        assertThat(results.get("A-2").getInt("points")).as("(0 + 5) of 20").isEqualTo(25);
        assertThat(results.get("A-2").getBoolean("passed")).isFalse();
    }

    @Test
    void appealsAreTakenOnlyInTimeAndAnUpheldOneSetsNewPoints() {
        writtenAndGraded(1);
        String secretary = staff("sec", "Секретарь Вера", "SECRETARY");
        String grader = staff("grader1", "Смирнова Ольга", "COMMITTEE_MEMBER");

        // on the day, in the room: an appeal on the procedure
        room.clock.set(Instant.parse("2026-07-15T12:00:00Z"));
        var procedure = appeal(secretary, "A-2.PHYS-1", "PROCEDURE", "Шумели в коридоре");
        assertThat(procedure.status()).isEqualTo(201);
        assertThat(procedure.json().getString("deadline")).as("the end of the exam day in Moscow").isEqualTo("2026-07-15T21:00:00Z");
        var resultTooEarly = appeal(secretary, "A-2.PHYS-1", "RESULT", "Не согласен с оценкой");
        assertThat(resultTooEarly.status()).isEqualTo(409);
        assertThat(resultTooEarly.json().getJsonObject("explanation").getString("ru"))
                .isEqualTo("Результаты ещё не объявлены: апелляция по результатам принимается после объявления");
        assertThat(appeal(grader, "A-2.PHYS-1", "PROCEDURE", "x").status()).as("filed by the supervisor or the secretary").isEqualTo(403);
        assertThat(appeal(secretary, "A-2.PHYS-1", "COMPLAINT", "x").field()).isEqualTo("kind");

        // the next morning the essays are marked and decoded: the results are published at 12:00 Moscow on 16 July
        room.clock.set(Instant.parse("2026-07-16T09:00:00Z"));
        secretary = room.signIn("sec", "sec-password-1");
        grader = room.signIn("grader1", "grader1-password-1");
        admin = room.admin();
        var late = appeal(secretary, "A-1.PHYS-1", "PROCEDURE", "Поздно вспомнил");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getJsonObject("explanation").getString("ru"))
                .isEqualTo("Апелляция о нарушении процедуры принимается только в день испытания (15.07.2026) до выхода из аудитории");
        JsonArray works = room.get("/api/v1/exams/PHYS-1/grading", grader).json().getJsonArray("works");
        mark(grader, cipherOf(works, ANNA_ESSAY), essay().id(), "8");
        mark(grader, cipherOf(works, BORIS_ESSAY), essay().id(), "2");
        assertThat(room.post("/api/v1/exams/PHYS-1/grading/decode", admin, "").status()).isEqualTo(200);

        // two days after publication: 17 and 18 July, until midnight Moscow
        room.clock.set(Instant.parse("2026-07-18T20:59:00Z"));
        secretary = room.signIn("sec", "sec-password-1");
        grader = room.signIn("grader1", "grader1-password-1");
        admin = room.admin();
        var onResult = appeal(secretary, "A-2.PHYS-1", "RESULT", "Эссе оценено слишком строго");
        assertThat(onResult.status()).isEqualTo(201);
        assertThat(onResult.json().getString("deadline")).isEqualTo("2026-07-18T21:00:00Z");
        assertThat(onResult.json().getJsonObject("explanation").getString("ru")).contains("по 18.07.2026 включительно");
        room.clock.set(Instant.parse("2026-07-18T21:00:00Z"));
        var tooLate = appeal(secretary, "A-1.PHYS-1", "RESULT", "Тоже не согласна");
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().getJsonObject("explanation").getString("en"))
                .isEqualTo("An appeal on the result is taken within 2 days after the results were published (16.07.2026), that is through 18.07.2026: too late");

        String procedureId = procedure.json().getString("id");
        String resultId = onResult.json().getString("id");
        assertThat(decide(grader, procedureId, "{\"outcome\":\"UPHELD\",\"newPoints\":50,\"reason\":\"x\"}").field())
                .as("an appeal on the procedure sets no points").isEqualTo("newPoints");
        assertThat(decide(grader, resultId, "{\"outcome\":\"UPHELD\",\"newPoints\":101,\"reason\":\"x\"}").field()).isEqualTo("newPoints");
        assertThat(decide(secretary, resultId, "{\"outcome\":\"REJECTED\",\"reason\":\"x\"}").status()).isEqualTo(403);
        var upheld = decide(grader, resultId, "{\"outcome\":\"UPHELD\",\"newPoints\":45,\"reason\":\"Эссе раскрывает тему частично\"}");
        assertThat(upheld.status()).isEqualTo(200);
        assertThat(upheld.json().getJsonObject("decision").getInt("pointsBefore")).isEqualTo(10);
        assertThat(upheld.json().getJsonObject("decision").getInt("pointsAfter")).isEqualTo(45);
        assertThat(decide(admin, resultId, "{\"outcome\":\"REJECTED\",\"reason\":\"передумали\"}").status())
                .as("a decided appeal is not decided again").isEqualTo(409);
        assertThat(decide(admin, procedureId, "{\"outcome\":\"REJECTED\",\"reason\":\"Шум не мешал работе\"}").status()).isEqualTo(200);

        JsonObject boris = byApplicant(room.get("/api/v1/exams/PHYS-1/results", admin).json().getJsonArray("results")).get("A-2");
        assertThat(boris.getInt("points")).isEqualTo(45);
        assertThat(boris.getBoolean("passed")).as("45 reaches the pass mark of 40").isTrue();
        assertThat(boris.getJsonObject("pointsInWords").getString("ru")).isEqualTo("сорок пять");
        room.post("/api/v1/exams/PHYS-1/results", admin, "");
        assertThat(byApplicant(room.get("/api/v1/exams/PHYS-1/results", admin).json().getJsonArray("results")).get("A-2").getInt("points"))
                .as("grading again keeps what the appeal decided").isEqualTo(45);

        JsonArray appeals = room.get("/api/v1/exams/PHYS-1/appeals", secretary).json().getJsonArray("appeals");
        assertThat(appeals).extracting(a -> a.asJsonObject().getString("kind") + ":" + a.asJsonObject().getJsonObject("decision").getString("outcome"))
                .containsExactly("PROCEDURE:REJECTED", "RESULT:UPHELD");
    }

    @Test
    void theResultsSpreadsheetOpensInExcelWithTheCyrillicIntact() {
        writtenAndGraded(1);
        String grader = staff("grader1", "Смирнова Ольга", "COMMITTEE_MEMBER");
        JsonArray works = room.get("/api/v1/exams/PHYS-1/grading", grader).json().getJsonArray("works");
        String anna = cipherOf(works, ANNA_ESSAY);
        mark(grader, anna, essay().id(), "8");
        mark(grader, cipherOf(works, BORIS_ESSAY), essay().id(), "2");
        room.post("/api/v1/exams/PHYS-1/grading/decode", admin, "");

        byte[] csv = room.bytes("/api/v1/exams/PHYS-1/results.csv", grader);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "applicant_id;surname;given_name;patronymic;cipher;points;points_in_words;passed;status",
                "A-1;Иванова;Анна;Петровна;" + anna + ";90;девяносто;да;GRADED",
                "A-2;Борисов;Борис;;" + cipherOf(works, BORIS_ESSAY) + ";10;десять;нет;GRADED");
        assertThat(room.get("/api/v1/audit?limit=1000", admin).body()).contains("document.results-csv");
        String observer = staff("obs", "Наблюдатель", "OBSERVER");
        assertThat(room.get("/api/v1/exams/PHYS-1/results.csv", observer).status()).isEqualTo(403);
    }

    // --- the exam up to grading

    /** Two applicants write the test (Anna right on the first question, Boris wrong) and the committee grades it. */
    private void writtenAndGraded(int gradersPerWork) {
        room.put("/api/v1/exams/PHYS-1", admin, Json.createObjectBuilder(ExamFlowApiTest.exam("Физика", "TPU", "2026-07-15T10:00"))
                .add("variants", Json.createArrayBuilder().add("V1")).add("gradersPerWork", gradersPerWork).build());
        assertThat(room.get("/api/v1/exams/PHYS-1", admin).json().getInt("gradersPerWork")).isEqualTo(gradersPerWork);
        sealedPackageUnsealed();
        room.postAs("/api/v1/applicants/import", admin, "text/csv", APPLICANTS);
        String annaAt = writing("A-1", "T-7F3K2Q");
        String borisAt = writing("A-2", "T-7F3K2R");
        Item trueFalse = items.getFirst();
        answer(annaAt, trueFalse, correct(trueFalse));
        answer(borisAt, trueFalse, wrong(trueFalse));
        answer(annaAt, essay(), new ResponseValue.Text(ANNA_ESSAY));
        answer(borisAt, essay(), new ResponseValue.Text(BORIS_ESSAY));
        room.clock.advance(Duration.ofMinutes(90));
        assertThat(room.post("/api/v1/terminal/finish", annaAt, "{\"confirmed\":true}").status()).isEqualTo(200);
        assertThat(room.post("/api/v1/terminal/finish", borisAt, "{\"confirmed\":true}").status()).isEqualTo(200);
        var graded = room.post("/api/v1/exams/PHYS-1/results", admin, "");
        assertThat(graded.status()).isEqualTo(200);
    }

    private void sealedPackageUnsealed() {
        try {
            byte[] bank = BANK.getBytes(StandardCharsets.UTF_8);
            items = ContentImporter.importBytes("bank.xml", bank, SourceFiles.none()).items();
            KeyPair office = SigningKeys.generate();
            UnsealKey key = UnsealKey.generate();
            byte[] sealed = SealedPackage.seal(new ExamContent("PHYS-1", "Физика", Map.of("bank.xml", bank),
                    List.of(new Variant("V1", items.stream().map(i -> ExamContent.itemKey("bank.xml", i.id())).toList()))),
                    office.getPrivate(), office.getPublic(), key, Clock.systemUTC());
            Files.createDirectories(data.resolve("trust"));
            Files.writeString(data.resolve("trust/office.pub"), SigningKeys.publicKeyText(office.getPublic()));
            var http = java.net.http.HttpClient.newBuilder()
                    .sslContext(org.examroom.common.net.RoomTrust.sslContext(room.controller.caFile().orElseThrow())).build();
            int uploaded = http.send(java.net.http.HttpRequest.newBuilder(room.controller.localUri().resolve("/api/v1/exams/PHYS-1/package"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/octet-stream")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(sealed)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
            assertThat(uploaded).isEqualTo(200);
            assertThat(room.post("/api/v1/exams/PHYS-1/unseal", admin, Json.createObjectBuilder().add("key", key.toText()).build()).status())
                    .isEqualTo(200);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The applicant admitted, at a terminal, the test started; the terminal's credential. */
    private String writing(String applicant, String terminalId) {
        room.clock.set(ExamFlowApiTest.START.minus(Duration.ofMinutes(20)));
        String attempt = applicant + ".PHYS-1";
        assertThat(room.post("/api/v1/attempts/" + attempt + "/admit", admin, "{\"documentChecked\":true}").json().getString("decision"))
                .isEqualTo("ADMITTED");
        String key = room.post("/api/v1/attempts/" + attempt + "/key", admin, "{}").json().getString("key");
        String terminal = room.pairTerminal(admin, terminalId, JsonValue.EMPTY_JSON_OBJECT);
        room.post("/api/v1/terminal/key", terminal, Json.createObjectBuilder().add("key", key).build());
        room.post("/api/v1/terminal/rules", terminal, "{\"rules\":true,\"personalDataConsent\":true}");
        room.post("/api/v1/terminal/photos", terminal, Json.createObjectBuilder().add("photos", Json.createArrayBuilder().add(TestImages.jpeg())).build());
        room.clock.set(ExamFlowApiTest.START);
        assertThat(room.post("/api/v1/terminal/start", terminal, "").status()).isEqualTo(200);
        return terminal;
    }

    private Item essay() {
        return items.get(1);
    }

    private static ResponseValue correct(Item item) {
        return ItemScorer.correctResponses(item).values().iterator().next();
    }

    private static ResponseValue wrong(Item trueFalse) {
        ResponseValue correct = correct(trueFalse);
        return trueFalse.interactions().getFirst().choices().stream().map(c -> (ResponseValue) new ResponseValue.Identifier(c.id()))
                .filter(v -> !v.equals(correct)).findFirst().orElseThrow();
    }

    private void answer(String terminal, Item item, ResponseValue value) {
        String responseId = item.responses().getFirst().identifier();
        var body = Json.createObjectBuilder().add("seq", 1).add("response", ResponseValueJson.itemToJson(Map.of(responseId, value))).build();
        assertThat(room.put("/api/v1/terminal/answers/" + item.id(), terminal, body).status()).isEqualTo(200);
    }

    // --- staff and calls

    private String staff(String login, String name, String role) {
        String password = login + "-password-1";
        assertThat(room.post("/api/v1/staff", admin, Json.createObjectBuilder().add("login", login).add("displayName", name)
                .add("roles", Json.createArrayBuilder().add(role)).add("password", password).build()).status()).isEqualTo(201);
        return room.signIn(login, password);
    }

    private RunningRoom.Reply mark(String token, String cipher, String itemId, String score) {
        return room.post("/api/v1/exams/PHYS-1/grading/" + cipher + "/" + itemId, token, "{\"score\":" + score + "}");
    }

    private RunningRoom.Reply appeal(String token, String attempt, String kind, String text) {
        return room.post("/api/v1/attempts/" + attempt + "/appeals", token,
                Json.createObjectBuilder().add("kind", kind).add("text", text).build());
    }

    private RunningRoom.Reply decide(String token, String appeal, String body) {
        return room.post("/api/v1/appeals/" + appeal + "/decision", token, body);
    }

    private static String cipherOf(JsonArray works, String essayText) {
        return works.stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getJsonArray("items").getJsonObject(0).getString("response").equals(essayText))
                .findFirst().orElseThrow(() -> new AssertionError("no work answers " + essayText + " in " + works)).getString("cipher");
    }

    private static JsonObject workOf(JsonArray works, String cipher) {
        return works.stream().map(JsonValue::asJsonObject).filter(w -> w.getString("cipher").equals(cipher)).findFirst().orElseThrow();
    }

    private static Map<String, JsonObject> byApplicant(JsonArray results) {
        Map<String, JsonObject> map = new java.util.HashMap<>();
        results.forEach(r -> map.put(r.asJsonObject().getString("applicantId"), r.asJsonObject()));
        return map;
    }
}
