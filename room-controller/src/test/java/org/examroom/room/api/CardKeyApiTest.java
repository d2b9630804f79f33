package org.examroom.room.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.examroom.room.RunningRoom;
import org.examroom.room.auth.CardSecret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cards registered to applicants, and a card tapped at a terminal standing for the holder's issued key, over real HTTPS and Derby. */
class CardKeyApiTest {

    static final Instant START = ExamFlowApiTest.START;
    static final String ANNA_CARD = "04:A1:B2:C3";
    static final String IVAN_CARD = "0012345678";

    static final String CSV = """
            id;surname;given_name;document_kind;document_number;exams;card_id
            A-001;Иванова;Анна;PASSPORT_RF;4510 123456;MATH-1;04:a1:b2:c3
            A-002;Петров;Иван;PASSPORT_RF;4510 654321;MATH-1;
            A-003;Сидоров;Пётр;PASSPORT_RF;4510 111111;MATH-1;карта№1
            A-004;Кузнецова;Мария;PASSPORT_RF;4510 222222;MATH-1;04A1B2C3
            """;

    @TempDir
    Path data;
    RunningRoom room;
    String admin;

    @BeforeEach
    void seated() {
        room = new RunningRoom(data, START.minus(Duration.ofMinutes(20)));
        admin = room.admin();
        room.put("/api/v1/exams/MATH-1", admin, ExamFlowApiTest.exam("Математика", "TPU", "2026-07-15T10:00"));
        room.put("/api/v1/rooms/101", admin, Json.createObjectBuilder().add("rows", 2).add("columns", 3).build());
        assertThat(room.postAs("/api/v1/applicants/import", admin, "text/csv", CSV).status()).isEqualTo(200);
        room.post("/api/v1/exams/MATH-1/seating", admin, "{\"rooms\":[\"101\"],\"seed\":5}");
    }

    @AfterEach
    void stop() {
        room.close();
    }

    private RunningRoom.Reply register(String applicant, String card) {
        return room.post("/api/v1/applicants/" + applicant + "/card", admin, Json.createObjectBuilder().add("cardId", card).build());
    }

    private RunningRoom.Reply tap(String terminal, String card) {
        return room.post("/api/v1/terminal/card", terminal, Json.createObjectBuilder().add("cardId", card).build());
    }

    private RunningRoom.Reply type(String terminal, String key) {
        return room.post("/api/v1/terminal/key", terminal, Json.createObjectBuilder().add("key", key).build());
    }

    /** Admits the applicant and issues their key; returns the reply of the issue. */
    private JsonObject admittedWithKey(String applicant) {
        room.post("/api/v1/attempts/" + applicant + ".MATH-1/admit", admin, "{\"documentChecked\":true}");
        var issued = room.post("/api/v1/attempts/" + applicant + ".MATH-1/key", admin, "{}");
        assertThat(issued.status()).isEqualTo(201);
        return issued.json();
    }

    private String seatOf(String applicant) {
        return room.get("/api/v1/attempts/" + applicant + ".MATH-1", admin).json().getString("seat");
    }

    private String pairedTerminal(String id, String seat) {
        var body = Json.createObjectBuilder().add("roomId", "101");
        if (seat != null) {
            body.add("seat", seat);
        }
        return room.pairTerminal(admin, id, body.build());
    }

    private String otherSeat(String seat) {
        return "1-1".equals(seat) ? "1-2" : "1-1";
    }

    @Test
    void aRegisteredCardOpensItsHoldersAttemptAtTheirSeatOnceAsTheKeyWould() {
        assertThat(register("A-002", IVAN_CARD).status()).isEqualTo(201);
        assertThat(room.get("/api/v1/applicants/A-002", admin).json().getBoolean("card")).isTrue();
        String key = admittedWithKey("A-002").getString("key");
        String seat = seatOf("A-002");

        String elsewhere = pairedTerminal("T-AAAAAA", otherSeat(seat));
        var wrongSeat = tap(elsewhere, IVAN_CARD);
        assertThat(wrongSeat.status()).isEqualTo(403);
        assertThat(wrongSeat.json().getString("detail")).contains("belongs to seat " + seat);

        String terminal = pairedTerminal("T-BBBBBB", seat);
        var entered = tap(terminal, IVAN_CARD);
        assertThat(entered.status()).isEqualTo(200);
        assertThat(entered.json().getJsonObject("attempt").getString("state")).isEqualTo("KEY_ENTERED");
        assertThat(entered.json().getJsonObject("attempt").getString("terminalId")).isEqualTo("T-BBBBBB");
        assertThat(entered.json().getString("applicant")).isEqualTo("Петров И.");
        assertThat(entered.json().getJsonObject("exam").getString("id")).isEqualTo("MATH-1");

        var resent = tap(terminal, IVAN_CARD);
        assertThat(resent.status()).as("the same terminal resending after a lost reply").isEqualTo(200);
        assertThat(resent.json().getJsonObject("attempt").getString("id")).isEqualTo("A-002.MATH-1");
        assertThat(room.get("/api/v1/attempts/A-002.MATH-1/timeline", admin).json().getJsonArray("events").stream()
                .filter(e -> e.asJsonObject().getString("type").equals("KeyEntered"))).as("entered once").hasSize(1);

        var reused = tap(elsewhere, IVAN_CARD);
        assertThat(reused.status()).isEqualTo(403);
        assertThat(reused.json().getString("detail")).contains("already used");
        assertThat(type(elsewhere, key).json().getString("detail")).as("the card spent the key itself").contains("already used");
    }

    @Test
    void aKeyTypedFirstLeavesNothingForTheCard() {
        register("A-002", IVAN_CARD);
        String key = admittedWithKey("A-002").getString("key");
        String terminal = pairedTerminal("T-BBBBBB", seatOf("A-002"));
        assertThat(type(terminal, key).status()).isEqualTo(200);
        assertThat(tap(terminal, IVAN_CARD).status()).as("a resend by card of what the key opened here").isEqualTo(200);
        String other = pairedTerminal("T-CCCCCC", null);
        assertThat(tap(other, IVAN_CARD).json().getString("detail")).contains("already used");
    }

    @Test
    void anAdmittedApplicantWhoseKeyIsNotIssuedCannotStartWithACard() {
        register("A-002", IVAN_CARD);
        String terminal = pairedTerminal("T-BBBBBB", seatOf("A-002"));
        room.post("/api/v1/attempts/A-002.MATH-1/admit", admin, "{\"documentChecked\":true}");
        var notIssued = tap(terminal, IVAN_CARD);
        assertThat(notIssued.status()).isEqualTo(403);
        assertThat(notIssued.json().getString("detail")).contains("No access key has been issued");

        room.post("/api/v1/attempts/A-002.MATH-1/key", admin, "{}");
        assertThat(room.post("/api/v1/attempts/A-002.MATH-1/key/revoke", admin, "").status()).isEqualTo(204);
        assertThat(tap(terminal, IVAN_CARD).json().getString("detail")).as("a revoked key is no key").contains("No access key has been issued");

        room.post("/api/v1/attempts/A-002.MATH-1/key", admin, "{\"reason\":\"key revoked\"}");
        assertThat(tap(terminal, IVAN_CARD).status()).isEqualTo(200);
    }

    @Test
    void unknownCardsAreRefusedAndThrottledTogetherWithWrongKeys() {
        String terminal = pairedTerminal("T-DDDDDD", null);
        for (int i = 0; i < 3; i++) {
            assertThat(type(terminal, "0000-0000-0000-00").status()).isEqualTo(403);
        }
        var unknown = tap(terminal, "DEADBEEF");
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.json().getString("detail")).contains("not registered");
        assertThat(tap(terminal, "not a card!").status()).as("not even a card id: refused the same way").isEqualTo(403);

        assertThat(tap(terminal, "DEADBEEF").status()).as("five wrong keys and cards").isEqualTo(429);
        assertThat(type(terminal, "0000-0000-0000-00").status()).isEqualTo(429);
        String other = pairedTerminal("T-EEEEEE", null);
        assertThat(tap(other, "DEADBEEF").status()).as("another terminal is not held back").isEqualTo(403);
        room.clock.advance(Duration.ofMinutes(11));
        assertThat(tap(terminal, "DEADBEEF").status()).isEqualTo(403);
    }

    @Test
    void aNewCardVoidsTheOldOneAndACardHasOneHolder() {
        assertThat(register("A-002", IVAN_CARD).status()).isEqualTo(201);
        var replaced = register("A-002", "0099887766");
        assertThat(replaced.status()).isEqualTo(201);
        assertThat(replaced.json().getBoolean("replaced")).isTrue();
        assertThat(register("A-002", "0099887766").status()).as("the same card again changes nothing").isEqualTo(200);
        var taken = register("A-002", ANNA_CARD);
        assertThat(taken.status()).as("Anna's card from the import").isEqualTo(409);
        assertThat(taken.json().getString("detail")).contains("A-001");

        admittedWithKey("A-002");
        String terminal = pairedTerminal("T-BBBBBB", seatOf("A-002"));
        assertThat(tap(terminal, IVAN_CARD).json().getString("detail")).as("the replaced card").contains("not registered");

        assertThat(room.delete("/api/v1/applicants/A-002/card", admin).status()).isEqualTo(204);
        assertThat(room.delete("/api/v1/applicants/A-002/card", admin).status()).as("nothing left to void").isEqualTo(409);
        assertThat(tap(terminal, "0099887766").json().getString("detail")).as("the voided card").contains("not registered");
        assertThat(room.get("/api/v1/applicants/A-002", admin).json().getBoolean("card")).isFalse();
        assertThat(register("A-002", IVAN_CARD).status()).as("a void card may be registered again").isEqualTo(201);
        assertThat(tap(terminal, IVAN_CARD).status()).isEqualTo(200);
    }

    @Test
    void registeringNeedsTheRightRoleAValidCardIdAndAnApplicant() {
        room.post("/api/v1/staff", admin, Json.createObjectBuilder().add("login", "sec").add("displayName", "Секретарь")
                .add("roles", Json.createArrayBuilder().add("SECRETARY")).add("password", "secretary-pass").build());
        room.post("/api/v1/staff", admin, Json.createObjectBuilder().add("login", "tech").add("displayName", "Техник")
                .add("roles", Json.createArrayBuilder().add("TECHNICIAN")).add("password", "technician-pass").build());
        String secretary = room.signIn("sec", "secretary-pass");
        String technician = room.signIn("tech", "technician-pass");
        String body = Json.createObjectBuilder().add("cardId", IVAN_CARD).build().toString();
        assertThat(room.post("/api/v1/applicants/A-002/card", technician, body).status()).isEqualTo(403);
        assertThat(room.post("/api/v1/applicants/A-002/card", secretary, body).status()).isEqualTo(201);
        assertThat(room.delete("/api/v1/applicants/A-002/card", technician).status()).isEqualTo(403);

        var bad = register("A-002", "карта");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.field()).isEqualTo("cardId");
        assertThat(room.post("/api/v1/applicants/A-002/card", admin, "{\"cardId\":12345678}").field()).isEqualTo("cardId");
        assertThat(register("A-999", IVAN_CARD).status()).isEqualTo(404);
    }

    @Test
    void theCsvImportRegistersTheCardsOfItsCardIdColumn() {
        var report = room.postAs("/api/v1/applicants/import", admin, "text/csv", CSV).json();
        assertThat(report.getInt("accepted")).isEqualTo(2);
        assertThat(report.getInt("cards")).as("Anna's card is registered already, from the first import").isZero();
        assertThat(report.getJsonArray("rejected").stream().map(JsonObject.class::cast)
                .map(r -> r.getInt("row") + ":" + r.getString("field"))).containsExactly("3:card_id", "4:card_id");
        assertThat(report.getJsonArray("rejected").getJsonObject(1).getString("message")).contains("registered to applicant A-001");
        assertThat(report.toString()).as("the report does not echo card ids").doesNotContain("карта№1", "04A1B2C3");
        assertThat(room.get("/api/v1/applicants/A-001", admin).json().getBoolean("card")).isTrue();
        assertThat(room.get("/api/v1/applicants/A-002", admin).json().getBoolean("card")).as("an empty cell").isFalse();

        admittedWithKey("A-001");
        String terminal = pairedTerminal("T-BBBBBB", seatOf("A-001"));
        assertThat(tap(terminal, "04A1B2C3").json().getJsonObject("attempt").getString("state"))
                .as("the same card as the reader reports it, without separators").isEqualTo("KEY_ENTERED");

        var json = room.post("/api/v1/applicants/import", admin, """
                {"applicants":[{"id":"A-002","surname":"Петров","givenName":"Иван","document":{"kind":"PASSPORT_RF","number":"4510 654321"},
                "exams":["MATH-1"],"cardId":"0012345678"}]}""").json();
        assertThat(json.getInt("cards")).isEqualTo(1);
        assertThat(room.get("/api/v1/applicants/A-002", admin).json().getBoolean("card")).isTrue();
    }

    @Test
    void noCardIdReachesTheAuditTrailAndTheSecretStaysBesideTheDatabase() throws Exception {
        register("A-002", IVAN_CARD);
        register("A-002", "0099887766");
        admittedWithKey("A-002");
        String terminal = pairedTerminal("T-BBBBBB", seatOf("A-002"));
        tap(terminal, IVAN_CARD);
        tap(terminal, "0099887766");
        room.delete("/api/v1/applicants/A-002/card", admin);

        var entries = room.get("/api/v1/audit?limit=1000", admin).json().getJsonArray("entries");
        List<String> actions = entries.stream().map(e -> e.asJsonObject().getString("action")).toList();
        assertThat(actions).contains("card.registered", "card.refused", "attempt.KeyEntered", "card.used", "card.voided");
        String trail = entries.toString();
        for (String id : List.of(IVAN_CARD, "0099887766", "04A1B2C3", "04:A1:B2:C3", "04:a1:b2:c3")) {
            assertThat(trail).doesNotContain(id);
        }
        assertThat(room.get("/api/v1/audit/verify", admin).json().getBoolean("intact")).isTrue();

        Path secret = CardSecret.file(data);
        assertThat(secret).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(Files.readString(secret)).doesNotContain(IVAN_CARD);
    }
}
