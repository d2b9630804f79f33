package org.examroom.room.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.examroom.room.RunningRoom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash-chained audit trail records actions and notices tampering. */
class AuditApiTest {

    @TempDir
    Path data;

    @Test
    void actionsAreRecordedAndTheChainVerifies() {
        try (RunningRoom room = new RunningRoom(data)) {
            String admin = room.admin();
            room.post("/api/v1/pairing-codes", admin, "{}");
            room.post("/api/v1/auth/login", null, "{\"login\":\"admin\",\"password\":\"wrong\"}");

            var entries = room.get("/api/v1/audit", admin).json().getJsonArray("entries");
            assertThat(entries.stream().map(e -> e.asJsonObject().getString("action")))
                    .containsSubsequence("staff.created", "staff.login", "pairing.code.created", "staff.login.failed");
            assertThat(entries.toString()).doesNotContain(RunningRoom.ADMIN_PASSWORD);

            var verify = room.get("/api/v1/audit/verify", admin).json();
            assertThat(verify.getBoolean("intact")).isTrue();
            assertThat(verify.getInt("entries")).isEqualTo(entries.size());

            var page = room.get("/api/v1/audit?after=1&limit=2", admin).json().getJsonArray("entries");
            assertThat(page).hasSize(2);
            assertThat(page.getJsonObject(0).getInt("seq")).isEqualTo(2);
            assertThat(room.get("/api/v1/audit?limit=zero", admin).field()).isEqualTo("limit");
        }
    }

    @Test
    void anEditedEntryBreaksTheChainFromThatPointOn() throws Exception {
        try (RunningRoom room = new RunningRoom(data)) {
            String admin = room.admin();
            room.post("/api/v1/pairing-codes", admin, "{}");
            try (var c = DriverManager.getConnection("jdbc:derby:" + data.resolve("db"));
                 var st = c.prepareStatement("UPDATE audit_log SET subject = 'someone-else' WHERE seq = 2")) {
                assertThat(st.executeUpdate()).isEqualTo(1);
            }
            var verify = room.get("/api/v1/audit/verify", admin).json();
            assertThat(verify.getBoolean("intact")).isFalse();
            assertThat(verify.getString("firstBreak")).startsWith("entry 2 ");
        }
    }

    @Test
    void aDeletedEntryIsNoticed() throws Exception {
        try (RunningRoom room = new RunningRoom(data)) {
            String admin = room.admin();
            room.admin();
            try (var c = DriverManager.getConnection("jdbc:derby:" + data.resolve("db"));
                 var st = c.prepareStatement("DELETE FROM audit_log WHERE seq = 2")) {
                st.executeUpdate();
            }
            assertThat(room.get("/api/v1/audit/verify", admin).json().getString("firstBreak")).isEqualTo("entry 2 is missing (next is 3)");
        }
    }
}
