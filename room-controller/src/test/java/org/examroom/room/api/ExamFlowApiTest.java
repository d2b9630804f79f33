package org.examroom.room.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.examroom.room.RunningRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From defining an exam to an applicant's key entered at their terminal, over real HTTPS and Derby. */
class ExamFlowApiTest {

    /** 10:00 Moscow on the exam day. */
    static final Instant START = Instant.parse("2026-07-15T07:00:00Z");

    static final String CSV = """
            id;surname;given_name;patronymic;document_kind;document_number;extra_minutes;large_print;separate_room;assistant;exams
            A-001;Иванова;Анна;Петровна;PASSPORT_RF;4510 123456;0;нет;нет;нет;MATH-1
            A-002;Петров;Иван;;PASSPORT_RF;4510 654321;90;да;нет;нет;MATH-1 PHYS-1
            A-003;Сидоров;Пётр;Ильич;PASSPORT_RF;4510 111111;;;;;MATH-1
            A-004;Кузнецова;Мария;;PASSPORT_RF;4510 222222;0;;;;MATH-1
            ;Безымянный;Некто;;PASSPORT_RF;1;0;;;;MATH-1
            A-006;Орлов;Олег;;ID_CARD;4510 333333;0;;;;MATH-1
            A-007;Волков;Вадим;;PASSPORT_RF;4510 444444;много;;;;MATH-1
            A-008;Зайцев;Захар;;PASSPORT_RF;4510 555555;0;;;;CHEM-9
            """;

    @TempDir
    Path data;
    RunningRoom room;
    String admin;

    @BeforeEach
    void start() {
        room = new RunningRoom(data, START.minus(Duration.ofMinutes(30)));
        admin = room.admin();
        assertThat(room.put("/api/v1/exams/MATH-1", admin, exam("Математика", "TPU", "2026-07-15T10:00")).status()).isEqualTo(200);
        assertThat(room.put("/api/v1/exams/PHYS-1", admin, exam("Физика", "SPBGUPTD", "2026-07-15T10:00")).status()).isEqualTo(200);
        assertThat(room.put("/api/v1/rooms/101", admin, Json.createObjectBuilder().add("name", "Ауд. 101").add("rows", 3).add("columns", 4).build())
                .status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        room.close();
    }

    static JsonObject exam(String subject, String policy, String moscowStart) {
        return Json.createObjectBuilder().add("subject", subject).add("programme", "01.03.02 Прикладная математика")
                .add("scheduledStart", moscowStart).add("durationMinutes", 180).add("passMark", 40).add("policy", policy)
                .add("variants", Json.createArrayBuilder().add("V1").add("V2")).add("aids", Json.createArrayBuilder().add("CALCULATOR"))
                .build();
    }

    private RunningRoom.Reply importCsv() {
        return room.postAs("/api/v1/applicants/import", admin, "text/csv; charset=utf-8", CSV);
    }

    @Test
    void anExamIsDefinedInMoscowTimeAndBadDefinitionsNameTheField() {
        JsonObject math = room.get("/api/v1/exams/MATH-1", admin).json();
        assertThat(math.getString("scheduledStart")).isEqualTo("2026-07-15T07:00:00Z");
        assertThat(math.getString("scheduledStartMoscow")).isEqualTo("2026-07-15T10:00");
        assertThat(math.getString("policy")).isEqualTo("TPU");

        var badStart = room.put("/api/v1/exams/X-1", admin, Json.createObjectBuilder(exam("X", "TPU", "завтра")).build());
        assertThat(badStart.status()).isEqualTo(400);
        assertThat(badStart.field()).isEqualTo("scheduledStart");
        var badPolicy = room.put("/api/v1/exams/X-1", admin, exam("X", "MSU", "2026-07-15T10:00"));
        assertThat(badPolicy.status()).isEqualTo(422);
        assertThat(badPolicy.field()).isEqualTo("policy");
        var badDuration = room.put("/api/v1/exams/X-1", admin,
                Json.createObjectBuilder(exam("X", "TPU", "2026-07-15T10:00")).add("durationMinutes", 0).build());
        assertThat(badDuration.field()).isEqualTo("durationMinutes");
        assertThat(room.put("/api/v1/exams/bad%20id", admin, exam("X", "TPU", "2026-07-15T10:00")).field()).isEqualTo("id");
    }

    @Test
    void anExamNamesItsProctoringPresetAndEachApplicantsTerminalIsToldTheOneThatMonitorsThem() {
        assertThat(room.get("/api/v1/exams/MATH-1", admin).json().getString("proctoring")).as("the default").isEqualTo("in-room");
        var remote = room.put("/api/v1/exams/MATH-1", admin,
                Json.createObjectBuilder(exam("Математика", "TPU", "2026-07-15T10:00")).add("proctoring", "Remote").build());
        assertThat(remote.status()).isEqualTo(200);
        assertThat(remote.json().getString("proctoring")).isEqualTo("remote");
        assertThat(room.get("/api/v1/exams/MATH-1", admin).json().getString("proctoring")).as("as stored").isEqualTo("remote");
        assertThat(room.get("/api/v1/audit?limit=1000", admin).json().getJsonArray("entries").stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("action").equals("exam.defined")).reduce((a, b) -> b).orElseThrow().toString())
                .contains("remote");

        var unknown = room.put("/api/v1/exams/X-1", admin,
                Json.createObjectBuilder(exam("X", "TPU", "2026-07-15T10:00")).add("proctoring", "strict").build());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.field()).isEqualTo("proctoring");
        assertThat(unknown.json().getString("detail")).contains("in-room, remote, accommodated");
        var notAName = room.put("/api/v1/exams/X-1", admin,
                Json.createObjectBuilder(exam("X", "TPU", "2026-07-15T10:00")).add("proctoring", 2).build());
        assertThat(notAName.status()).isEqualTo(400);
        assertThat(notAName.field()).isEqualTo("proctoring");
        assertThat(room.get("/api/v1/exams/X-1", admin).status()).as("nothing defined").isEqualTo(404);

        // A-001 has no accommodations; A-002 has 90 minutes more and large print
        importCsv();
        room.post("/api/v1/exams/MATH-1/seating", admin, "{\"rooms\":[\"101\"],\"seed\":1}");
        room.clock.set(START.minus(Duration.ofMinutes(15)));
        Map<String, String> monitoredBy = new HashMap<>();
        for (String applicant : new String[] {"A-001", "A-002"}) {
            String attempt = applicant + ".MATH-1";
            room.post("/api/v1/attempts/" + attempt + "/admit", admin, "{\"documentChecked\":true}");
            var issued = room.post("/api/v1/attempts/" + attempt + "/key", admin, "{}").json();
            String terminal = pairedTerminal("T-AAAA0" + applicant.charAt(4), issued.getJsonObject("attempt").getString("seat"));
            var entered = room.post("/api/v1/terminal/key", terminal, Json.createObjectBuilder().add("key", issued.getString("key")).build());
            assertThat(entered.json().getJsonObject("exam").getString("proctoring")).isEqualTo("remote");
            assertThat(room.get("/api/v1/terminal/attempt", terminal).json().getString("proctoring"))
                    .isEqualTo(entered.json().getString("proctoring"));
            monitoredBy.put(applicant, entered.json().getString("proctoring"));
        }
        assertThat(monitoredBy).containsEntry("A-001", "remote").containsEntry("A-002", "accommodated");
    }

    @Test
    void anImportTakesTheGoodRowsAndReportsEachBadOne() {
        var report = importCsv();
        assertThat(report.status()).isEqualTo(200);
        JsonObject r = report.json();
        assertThat(r.getInt("accepted")).isEqualTo(4);
        assertThat(r.getInt("registrations")).isEqualTo(5);
        Map<Integer, String> rejected = new HashMap<>();
        r.getJsonArray("rejected").forEach(v -> rejected.merge(v.asJsonObject().getInt("row"), v.asJsonObject().getString("field"), (a, b) -> a + "," + b));
        assertThat(rejected).containsEntry(5, "id").containsEntry(6, "document_kind").containsEntry(7, "extra_minutes")
                .containsEntry(8, "exams").hasSize(4);

        var again = importCsv().json();
        assertThat(again.getInt("accepted")).isEqualTo(4);
        assertThat(again.getInt("registrations")).as("importing twice registers nobody twice").isZero();

        var found = room.get("/api/v1/applicants?q=4510654321", admin).json().getJsonArray("applicants");
        assertThat(found).singleElement().satisfies(a -> assertThat(a.asJsonObject().getString("fullName")).isEqualTo("Петров Иван"));
        assertThat(room.get("/api/v1/applicants?q=" + java.net.URLEncoder.encode("иван", java.nio.charset.StandardCharsets.UTF_8), admin)
                .json().getJsonArray("applicants")).singleElement()
                .satisfies(a -> assertThat(a.asJsonObject().getString("id")).isEqualTo("A-001"));
    }

    @Test
    void listsAndLookUpsAnswerAndUnknownIdsAre404() {
        importCsv();
        assertThat(room.get("/api/v1/exams", admin).json().getJsonArray("exams")).hasSize(2);
        assertThat(room.get("/api/v1/applicants/A-002", admin).json().getJsonObject("accommodations").getInt("extraMinutes")).isEqualTo(90);
        assertThat(room.get("/api/v1/applicants/A-999", admin).status()).isEqualTo(404);
        assertThat(room.get("/api/v1/rooms/101", admin).json().getJsonArray("seats")).hasSize(12);
        assertThat(room.get("/api/v1/rooms/999", admin).status()).isEqualTo(404);
        assertThat(room.get("/api/v1/exams/NOPE/attempts", admin).status()).isEqualTo(404);
        assertThat(room.get("/api/v1/applicants?q=x", admin).field()).isEqualTo("q");
        var absent = room.post("/api/v1/attempts/A-004.MATH-1/absent", admin, "");
        assertThat(absent.json().getString("state")).isEqualTo("ABSENT");
        assertThat(room.post("/api/v1/attempts/A-004.MATH-1/admit", admin, "{\"documentChecked\":true}").status()).isEqualTo(409);
    }

    @Test
    void aBrokenImportIsRefusedWhole() {
        var header = room.postAs("/api/v1/applicants/import", admin, "text/csv", "id,surname\nA-1,X\n");
        assertThat(header.status()).isEqualTo(422);
        assertThat(header.field()).isEqualTo("header");
        assertThat(header.json().getString("detail")).contains("document_number");
        var json = room.postAs("/api/v1/applicants/import", admin, "application/json", "{\"applicants\":[{\"id\":\"A-9\",\"surname\":\"Юрьев\","
                + "\"givenName\":\"Юрий\",\"document\":{\"kind\":\"PASSPORT_RF\",\"number\":\"1\"},\"exams\":[\"MATH-1\"]}, 42]}");
        assertThat(json.json().getInt("accepted")).isEqualTo(1);
        assertThat(json.json().getJsonArray("rejected").getJsonObject(0).getInt("row")).isEqualTo(2);
        assertThat(room.postAs("/api/v1/applicants/import", admin, "application/xml", "<x/>").field()).isEqualTo("Content-Type");
    }

    @Test
    void seatingPutsNeighboursOnDifferentVariants() {
        importCsv();
        var plan = room.post("/api/v1/exams/MATH-1/seating", admin, Json.createObjectBuilder()
                .add("rooms", Json.createArrayBuilder().add("101")).add("seed", 5).build());
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().getJsonArray("seated")).hasSize(4);
        var attempts = room.get("/api/v1/exams/MATH-1/attempts", admin).json().getJsonArray("attempts");
        Map<String, String> variantAt = new HashMap<>();
        attempts.forEach(a -> variantAt.put(a.asJsonObject().getString("seat"), a.asJsonObject().getString("variantId")));
        variantAt.forEach((seat, variant) -> {
            int row = Integer.parseInt(seat.split("-")[0]);
            int col = Integer.parseInt(seat.split("-")[1]);
            for (String n : new String[] {row + "-" + (col + 1), (row + 1) + "-" + col}) {
                if (variantAt.containsKey(n)) {
                    assertThat(variantAt.get(n)).as(seat + " vs " + n).isNotEqualTo(variant);
                }
            }
        });
        assertThat(room.post("/api/v1/exams/MATH-1/seating", admin, "{\"rooms\":[\"999\"]}").status()).isEqualTo(404);
    }

    @Test
    void aSeatIsChangedByHandBeforeTheKeyKeepingNeighboursApart() {
        importCsv();
        room.post("/api/v1/exams/MATH-1/seating", admin, "{\"rooms\":[\"101\"],\"seed\":5}");
        Map<String, String[]> before = seats();
        String[] first = before.get("A-001.MATH-1");
        String[] second = before.get("A-002.MATH-1");

        var swap = room.put("/api/v1/attempts/A-001.MATH-1/seat", admin, Json.createObjectBuilder().add("roomId", "101")
                .add("seat", second[0]).build());
        assertThat(swap.status()).isEqualTo(200);
        assertThat(swap.json().getString("swappedWith")).isEqualTo("A-002.MATH-1");
        Map<String, String[]> after = seats();
        assertThat(after.get("A-001.MATH-1")).as("takes the seat and its variant").containsExactly(second);
        assertThat(after.get("A-002.MATH-1")).containsExactly(first);

        String free = java.util.stream.IntStream.rangeClosed(1, 3).boxed()
                .flatMap(r -> java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(c -> r + "-" + c))
                .filter(label -> after.values().stream().noneMatch(v -> v[0].equals(label))).findFirst().orElseThrow();
        var moved = room.put("/api/v1/attempts/A-003.MATH-1/seat", admin, Json.createObjectBuilder().add("roomId", "101")
                .add("seat", free).build());
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().getJsonArray("sameVariantNeighbours")).as("two variants always fit a grid").isEmpty();
        assertThat(seats().get("A-003.MATH-1")[0]).isEqualTo(free);

        assertThat(room.put("/api/v1/attempts/A-003.MATH-1/seat", admin, Json.createObjectBuilder().add("roomId", "101")
                .add("seat", "9-9").build()).field()).isEqualTo("seat");
        room.post("/api/v1/attempts/A-004.MATH-1/admit", admin, "{\"documentChecked\":true}");
        room.post("/api/v1/attempts/A-004.MATH-1/key", admin, "{}");
        var late = room.put("/api/v1/attempts/A-004.MATH-1/seat", admin, Json.createObjectBuilder().add("roomId", "101")
                .add("seat", free).build());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getJsonObject("explanation").getString("ru")).startsWith("Пересадить нельзя: состояние «ключ выдан»");
        var onto = room.put("/api/v1/attempts/A-001.MATH-1/seat", admin, Json.createObjectBuilder().add("roomId", "101")
                .add("seat", seats().get("A-004.MATH-1")[0]).build());
        assertThat(onto.status()).as("the seat of one who holds a key is not swapped").isEqualTo(409);
        assertThat(room.get("/api/v1/audit?limit=1000", admin).json().getJsonArray("entries").stream()
                .filter(e -> e.asJsonObject().getString("action").equals("seat.moved")).count()).isEqualTo(2);
    }

    /** Seat and variant by attempt. */
    private Map<String, String[]> seats() {
        Map<String, String[]> out = new HashMap<>();
        room.get("/api/v1/exams/MATH-1/attempts", admin).json().getJsonArray("attempts").forEach(a -> out.put(
                a.asJsonObject().getString("id"), new String[] {a.asJsonObject().getString("seat"), a.asJsonObject().getString("variantId")}));
        return out;
    }

    @Test
    void admissionFollowsTheLateArrivalPolicyOfEachExam() {
        importCsv();
        // TPU: 31 minutes late is refused
        room.clock.set(START.plus(Duration.ofMinutes(31)));
        var late = room.post("/api/v1/attempts/A-001.MATH-1/admit", admin, "{\"documentChecked\":true}").json();
        assertThat(late.getString("decision")).isEqualTo("NOT_ADMITTED");
        assertThat(late.getJsonObject("explanation").getString("ru")).isEqualTo("Опоздание 31 мин (больше 30 мин): к испытанию не допускается");
        assertThat(late.getJsonObject("attempt").getString("state")).isEqualTo("REGISTERED");

        // SPbGUPTD: 20 minutes late needs consent
        room.clock.set(START.plus(Duration.ofMinutes(20)));
        var ask = room.post("/api/v1/attempts/A-002.PHYS-1/admit", admin, "{\"documentChecked\":true}").json();
        assertThat(ask.getString("decision")).isEqualTo("NEEDS_CONSENT");
        var consented = room.post("/api/v1/attempts/A-002.PHYS-1/admit", admin, "{\"documentChecked\":true,\"consent\":true}").json();
        assertThat(consented.getString("decision")).isEqualTo("ADMITTED");
        assertThat(consented.getJsonObject("attempt").getString("state")).isEqualTo("ADMITTED");

        // TPU: 20 minutes late is admitted without extra time
        var tpu = room.post("/api/v1/attempts/A-002.MATH-1/admit", admin, "{\"documentChecked\":true}").json();
        assertThat(tpu.getString("decision")).isEqualTo("ADMITTED");
        assertThat(tpu.getJsonObject("explanation").getString("en")).isEqualTo("20 min late (admitted up to 30 min): admitted without extra time");

        var unchecked = room.post("/api/v1/attempts/A-003.MATH-1/admit", admin, "{\"documentChecked\":false}");
        assertThat(unchecked.status()).isEqualTo(422);
        assertThat(unchecked.field()).isEqualTo("documentChecked");
        assertThat(room.post("/api/v1/attempts/NOPE.MATH-1/admit", admin, "{\"documentChecked\":true}").status()).isEqualTo(404);
    }

    @Test
    void aSecondAttemptAtTheSameSubjectIsRefused() {
        importCsv();
        room.put("/api/v1/exams/MATH-2", admin, Json.createObjectBuilder(exam("Математика", "TPU", "2026-07-16T10:00")).add("stream", 2).build());
        room.postAs("/api/v1/applicants/import", admin, "text/csv",
                "id;surname;given_name;document_kind;document_number;exams\nA-001;Иванова;Анна;PASSPORT_RF;4510 123456;MATH-2\n");
        room.clock.set(START);
        var first = room.post("/api/v1/attempts/A-001.MATH-1/admit", admin, "{\"documentChecked\":true}");
        assertThat(first.json().getString("decision", first.body())).isEqualTo("ADMITTED");
        room.clock.set(Instant.parse("2026-07-16T07:00:00Z"));
        admin = room.admin(); // a day later: yesterday's session has expired
        var secondReply = room.post("/api/v1/attempts/A-001.MATH-2/admit", admin, "{\"documentChecked\":true}");
        var second = secondReply.json();
        assertThat(second.getString("decision", secondReply.body())).isEqualTo("SECOND_ATTEMPT_REFUSED");
        assertThat(second.getJsonObject("explanation").getString("ru")).contains("повторная попытка не допускается");
    }

    @Test
    void aKeyOpensTheApplicantsOwnAttemptOnceAtTheirSeat() throws Exception {
        importCsv();
        room.post("/api/v1/exams/MATH-1/seating", admin, "{\"rooms\":[\"101\"],\"seed\":1}");
        room.clock.set(START.minus(Duration.ofMinutes(15)));
        var notAdmitted = room.post("/api/v1/attempts/A-001.MATH-1/key", admin, "{}");
        assertThat(notAdmitted.status()).isEqualTo(409);
        assertThat(notAdmitted.json().getJsonObject("explanation").getString("ru"))
                .isEqualTo("Сейчас нельзя: состояние «зарегистрирован», нужно «допущен»");

        room.post("/api/v1/attempts/A-001.MATH-1/admit", admin, "{\"documentChecked\":true}");
        var issued = room.post("/api/v1/attempts/A-001.MATH-1/key", admin, "{}");
        assertThat(issued.status()).isEqualTo(201);
        String key = issued.json().getString("key");
        assertThat(issued.json().getString("keyNumber")).isEqualTo("K-00001");
        String seat = issued.json().getJsonObject("attempt").getString("seat");

        String otherSeat = "1-1".equals(seat) ? "1-2" : "1-1";
        String wrongSeatTerminal = pairedTerminal("T-AAAAAA", otherSeat);
        var elsewhere = room.post("/api/v1/terminal/key", wrongSeatTerminal, Json.createObjectBuilder().add("key", key).build());
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.json().getString("detail")).contains("belongs to seat " + seat);

        String terminal = pairedTerminal("T-BBBBBB", seat);
        var entered = room.post("/api/v1/terminal/key", terminal, Json.createObjectBuilder().add("key", key.toLowerCase()).build());
        assertThat(entered.status()).isEqualTo(200);
        assertThat(entered.json().getJsonObject("attempt").getString("state")).isEqualTo("KEY_ENTERED");
        assertThat(entered.json().getString("applicant")).isEqualTo("Иванова А. П.");
        assertThat(room.get("/api/v1/terminal/attempt", terminal).json().getJsonObject("attempt").getString("terminalId")).isEqualTo("T-BBBBBB");

        var resent = room.post("/api/v1/terminal/key", terminal, Json.createObjectBuilder().add("key", key).build());
        assertThat(resent.status()).as("the same terminal resending after a lost reply").isEqualTo(200);
        var reused = room.post("/api/v1/terminal/key", wrongSeatTerminal, Json.createObjectBuilder().add("key", key).build());
        assertThat(reused.status()).isEqualTo(403);
        assertThat(reused.json().getString("detail")).contains("already used");
        assertThat(reused.json().getJsonObject("explanation").getString("ru"))
                .isEqualTo("Этот ключ уже использован; обратитесь к ответственному в аудитории");
    }

    @Test
    void aReissuedKeyNeedsAReasonAndReplacesTheOldOne() {
        importCsv();
        room.clock.set(START.minus(Duration.ofMinutes(15)));
        room.post("/api/v1/attempts/A-003.MATH-1/admit", admin, "{\"documentChecked\":true}");
        String first = room.post("/api/v1/attempts/A-003.MATH-1/key", admin, "{}").json().getString("key");
        var noReason = room.post("/api/v1/attempts/A-003.MATH-1/key", admin, "{}");
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(noReason.json().getJsonObject("explanation").getString("en")).isEqualTo("A key is re-issued only with a reason");
        String second = room.post("/api/v1/attempts/A-003.MATH-1/key", admin, "{\"reason\":\"slip lost\"}").json().getString("key");
        assertThat(second).isNotEqualTo(first);

        String terminal = pairedTerminal("T-CCCCCC", null);
        assertThat(room.post("/api/v1/terminal/key", terminal, Json.createObjectBuilder().add("key", first).build()).json().getString("detail"))
                .contains("replaced");

        assertThat(room.post("/api/v1/attempts/A-003.MATH-1/key/revoke", admin, "").status()).isEqualTo(204);
        assertThat(room.post("/api/v1/attempts/A-003.MATH-1/key/revoke", admin, "").status()).as("nothing left to revoke").isEqualTo(409);
        assertThat(room.post("/api/v1/terminal/key", terminal, Json.createObjectBuilder().add("key", second).build()).json().getString("detail"))
                .contains("replaced");
        String third = room.post("/api/v1/attempts/A-003.MATH-1/key", admin, "{\"reason\":\"key revoked\"}").json().getString("key");
        assertThat(room.post("/api/v1/terminal/key", terminal, Json.createObjectBuilder().add("key", third).build()).status()).isEqualTo(200);
    }

    @Test
    void wrongKeysAreThrottledPerTerminal() {
        String terminal = pairedTerminal("T-DDDDDD", null);
        for (int i = 0; i < 5; i++) {
            assertThat(room.post("/api/v1/terminal/key", terminal, "{\"key\":\"0000-0000-0000-00\"}").status()).isEqualTo(403);
        }
        var throttled = room.post("/api/v1/terminal/key", terminal, "{\"key\":\"0000-0000-0000-00\"}");
        assertThat(throttled.status()).isEqualTo(429);
        String other = pairedTerminal("T-EEEEEE", null);
        assertThat(room.post("/api/v1/terminal/key", other, "{\"key\":\"0000-0000-0000-00\"}").status()).isEqualTo(403);
        room.clock.advance(Duration.ofMinutes(11));
        assertThat(room.post("/api/v1/terminal/key", terminal, "{\"key\":\"0000-0000-0000-00\"}").status()).isEqualTo(403);
    }

    @Test
    void aBurstOfWrongKeysAcrossTheRoomPausesKeyEntryUntilTheSupervisorReleasesIt() {
        importCsv();
        room.post("/api/v1/attempts/A-001.MATH-1/admit", admin, "{\"documentChecked\":true}");
        String key = room.post("/api/v1/attempts/A-001.MATH-1/key", admin, "{}").json().getString("key");
        for (int t = 0; t < 10; t++) {
            String guesser = pairedTerminal("T-GGGG" + t + "0", null);
            for (int i = 0; i < 5; i++) {
                assertThat(room.post("/api/v1/terminal/key", guesser, "{\"key\":\"0000-0000-0000-00\"}").status()).isEqualTo(403);
            }
        }
        var live = room.get("/api/v1/rooms/101/live", admin).json();
        assertThat(live.getBoolean("keyEntryPaused")).isTrue();
        assertThat(live.getBoolean("wrongKeyAlert")).isTrue();

        String honest = pairedTerminal("T-HHHHHH", null);
        var paused = room.post("/api/v1/terminal/key", honest, Json.createObjectBuilder().add("key", key).build());
        assertThat(paused.status()).as("even a right key waits").isEqualTo(429);
        assertThat(paused.json().getJsonObject("explanation").getString("ru")).startsWith("Ввод ключей в аудитории приостановлен");
        assertThat(room.post("/api/v1/rooms/101/key-entry/release", honest, "{}").status()).isIn(401, 403);

        var released = room.post("/api/v1/rooms/101/key-entry/release", admin, "{}");
        assertThat(released.json().getInt("cleared")).isEqualTo(50);
        assertThat(room.get("/api/v1/rooms/101/live", admin).json().getBoolean("keyEntryPaused")).isFalse();
        assertThat(room.post("/api/v1/terminal/key", honest, Json.createObjectBuilder().add("key", key).build()).status()).isEqualTo(200);
        assertThat(room.get("/api/v1/audit?limit=1000", admin).json().getJsonArray("entries").stream()
                .map(e -> e.asJsonObject().getString("action"))).contains("key.failures.room", "key.entry.released");
    }

    @Test
    void onlySupervisorsAdmitAndIssueKeys() {
        importCsv();
        room.post("/api/v1/staff", admin, Json.createObjectBuilder().add("login", "sec").add("displayName", "Секретарь")
                .add("roles", Json.createArrayBuilder().add("SECRETARY")).add("password", "secretary-pass").build());
        String secretary = room.signIn("sec", "secretary-pass");
        assertThat(room.post("/api/v1/attempts/A-001.MATH-1/admit", secretary, "{\"documentChecked\":true}").status()).isEqualTo(403);
        assertThat(room.post("/api/v1/attempts/A-001.MATH-1/key", secretary, "{}").status()).isEqualTo(403);
        assertThat(importCsvAs(secretary).status()).isEqualTo(200);
    }

    private RunningRoom.Reply importCsvAs(String token) {
        return room.postAs("/api/v1/applicants/import", token, "text/csv", CSV);
    }

    private String pairedTerminal(String id, String seat) {
        var body = Json.createObjectBuilder().add("roomId", "101");
        if (seat != null) {
            body.add("seat", seat);
        }
        return room.pairTerminal(admin, id, body.build());
    }
}
