package org.examroom.room.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import org.examroom.room.RunningRoom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff sign-in, roles, and the bad-input classes, over real HTTP against a real Derby. */
class AuthApiTest {

    @TempDir
    static Path data;
    static RunningRoom room;

    @BeforeAll
    static void start() {
        room = new RunningRoom(data);
    }

    @AfterAll
    static void stop() {
        room.close();
    }

    @Test
    void signInGivesATokenThatSaysWhoIAm() {
        String token = room.admin();
        var me = room.get("/api/v1/auth/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("login")).isEqualTo("admin");
        assertThat(me.json().getJsonArray("roles").toString()).contains("SUPERVISOR", "TECHNICIAN");
    }

    @Test
    void aWrongPasswordIsA401ProblemThatDoesNotSayWhichPartWasWrong() {
        var reply = room.post("/api/v1/auth/login", null, Json.createObjectBuilder().add("login", "admin").add("password", "nope").build());
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.json().getString("detail")).isEqualTo("Wrong login or password");
        var unknown = room.post("/api/v1/auth/login", null, Json.createObjectBuilder().add("login", "nobody").add("password", "nope").build());
        assertThat(unknown.json().getString("detail")).isEqualTo("Wrong login or password");
    }

    @Test
    void signingOutEndsTheSession() {
        String token = room.admin();
        assertThat(room.post("/api/v1/auth/logout", token, "").status()).isEqualTo(204);
        assertThat(room.get("/api/v1/auth/me", token).status()).isEqualTo(401);
    }

    @Test
    void noTokenOrAWrongTokenIs401() {
        assertThat(room.get("/api/v1/auth/me", null).status()).isEqualTo(401);
        assertThat(room.get("/api/v1/auth/me", "forged").status()).isEqualTo(401);
    }

    @Test
    void malformedBodiesNameWhatIsWrong() {
        var notJson = room.post("/api/v1/auth/login", null, "{\"login\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().getString("detail")).startsWith("The body is not valid JSON");

        var array = room.post("/api/v1/auth/login", null, "[1,2]");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.json().getString("detail")).isEqualTo("The body must be a JSON object, not array");

        var missing = room.post("/api/v1/auth/login", null, "{\"login\":\"admin\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.field()).isEqualTo("password");

        var wrongType = room.post("/api/v1/auth/login", null, "{\"login\":42,\"password\":\"x\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.field()).isEqualTo("login");
        assertThat(wrongType.json().getString("detail")).isEqualTo("Field 'login' must be a string, not a number");

        var huge = room.post("/api/v1/auth/login", null, "{\"login\":\"" + "x".repeat(10_000) + "\",\"password\":\"y\"}");
        assertThat(huge.status()).isEqualTo(413);
    }

    @Test
    void anUnknownPathIsA404Problem() {
        var reply = room.get("/api/v1/nothing-here", room.admin());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void rolesAreCheckedOnEveryMutatingCall() {
        String admin = room.admin();
        var created = room.post("/api/v1/staff", admin, Json.createObjectBuilder().add("login", "observer1")
                .add("displayName", "Сидоров П. П.").add("roles", Json.createArrayBuilder().add("OBSERVER"))
                .add("password", "observer-password").build());
        assertThat(created.status()).isEqualTo(201);
        String observer = room.signIn("observer1", "observer-password");

        var code = room.post("/api/v1/pairing-codes", observer, "{}");
        assertThat(code.status()).isEqualTo(403);
        assertThat(code.json().getString("detail")).contains("SUPERVISOR", "TECHNICIAN", "observer1");
        assertThat(room.post("/api/v1/staff", observer, "{}").status()).isEqualTo(403);
        assertThat(room.get("/api/v1/audit", observer).status()).isEqualTo(403);
    }

    /** Every call that changes something, as staff make it; each names the roles it needs. */
    static final List<String> MUTATING = List.of(
            "POST /api/v1/staff", "POST /api/v1/pairing-codes", "POST /api/v1/terminals/T-7F3K2Q/revoke",
            "PUT /api/v1/exams/MATH-1", "POST /api/v1/exams/MATH-1/seating", "PUT /api/v1/exams/MATH-1/package",
            "POST /api/v1/exams/MATH-1/unseal", "POST /api/v1/exams/MATH-1/results", "POST /api/v1/exams/MATH-1/grading/decode",
            "POST /api/v1/exams/MATH-1/grading/M7-4KQ2/essay", "POST /api/v1/applicants/import", "PUT /api/v1/rooms/101",
            "POST /api/v1/attempts/A-1.MATH-1/admit", "POST /api/v1/attempts/A-1.MATH-1/key",
            "POST /api/v1/attempts/A-1.MATH-1/key/revoke", "POST /api/v1/attempts/A-1.MATH-1/absent",
            "PUT /api/v1/attempts/A-1.MATH-1/seat", "POST /api/v1/attempts/A-1.MATH-1/pause",
            "POST /api/v1/attempts/A-1.MATH-1/resume", "POST /api/v1/attempts/A-1.MATH-1/extend",
            "POST /api/v1/attempts/A-1.MATH-1/remove", "POST /api/v1/attempts/A-1.MATH-1/technical-failure",
            "POST /api/v1/attempts/A-1.MATH-1/exit", "POST /api/v1/attempts/A-1.MATH-1/return",
            "POST /api/v1/attempts/A-1.MATH-1/message", "POST /api/v1/attempts/A-1.MATH-1/draft-sheets",
            "POST /api/v1/attempts/A-1.MATH-1/appeals", "POST /api/v1/appeals/AP-00001/decision", "POST /api/v1/help/1/close",
            "POST /api/v1/rooms/101/observers", "POST /api/v1/rooms/101/observers/1/left", "POST /api/v1/backups",
            "POST /api/v1/sync/run", "POST /api/v1/applicants/A-1/card", "DELETE /api/v1/applicants/A-1/card",
            "POST /api/v1/rooms/101/key-entry/release");

    @Test
    void anObserverMayChangeNothingAndATerminalMayNotActAsStaff() {
        String admin = room.admin();
        room.post("/api/v1/staff", admin, Json.createObjectBuilder().add("login", "observer2").add("displayName", "Орлова Н. В.")
                .add("roles", Json.createArrayBuilder().add("OBSERVER")).add("password", "observer-password").build());
        String observer = room.signIn("observer2", "observer-password");
        String terminal = room.pairTerminal(admin, "T-7F3K2Q", JsonValue.EMPTY_JSON_OBJECT);
        for (String call : MUTATING) {
            String method = call.substring(0, call.indexOf(' '));
            String path = call.substring(call.indexOf(' ') + 1);
            var byObserver = room.send(method, path, observer, "{}");
            assertThat(byObserver.status()).as(call + " by an observer").isEqualTo(403);
            assertThat(byObserver.json().getString("detail")).as(call).contains("observer2");
            assertThat(room.send(method, path, terminal, "{}").status()).as(call + " by a terminal").isIn(401, 403);
        }
        assertThat(room.get("/api/v1/audit?limit=1000", admin).json().getJsonArray("entries").stream()
                .map(e -> e.asJsonObject().getString("action")).filter(a -> !a.startsWith("staff.") && !a.startsWith("pairing.")
                        && !a.startsWith("terminal.")).toList()).as("nothing was changed").isEmpty();
    }

    @Test
    void staffAccountsAreValidated() {
        String admin = room.admin();
        var shortPassword = room.post("/api/v1/staff", admin, Json.createObjectBuilder().add("login", "sec1")
                .add("displayName", "x").add("roles", Json.createArrayBuilder().add("SECRETARY")).add("password", "short").build());
        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.field()).isEqualTo("password");
        var badRole = room.post("/api/v1/staff", admin, Json.createObjectBuilder().add("login", "sec1")
                .add("displayName", "x").add("roles", Json.createArrayBuilder().add("DEAN")).add("password", "long-enough-pw").build());
        assertThat(badRole.status()).isEqualTo(422);
        assertThat(badRole.json().getString("detail")).contains("DEAN");
        var ok = room.post("/api/v1/staff", admin, Json.createObjectBuilder().add("login", "sec2")
                .add("displayName", "x").add("roles", Json.createArrayBuilder().add("SECRETARY")).add("password", "long-enough-pw").build());
        assertThat(ok.status()).isEqualTo(201);
        var again = room.post("/api/v1/staff", admin, Json.createObjectBuilder().add("login", "sec2")
                .add("displayName", "x").add("roles", Json.createArrayBuilder().add("SECRETARY")).add("password", "long-enough-pw").build());
        assertThat(again.status()).isEqualTo(409);
    }
}
