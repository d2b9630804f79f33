package org.examroom.room.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.examroom.room.RunningRoom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An online backup of a running controller, restored into a fresh folder, is the same room. */
class BackupTest {

    @TempDir
    Path data;
    @TempDir
    Path restored;

    @Test
    void anOnlineBackupRestoresTheWholeRoom() throws Exception {
        Path backup;
        String fingerprint;
        try (RunningRoom room = new RunningRoom(data)) {
            String admin = room.admin();
            room.put("/api/v1/rooms/101", admin, Json.createObjectBuilder().add("rows", 2).add("columns", 3).build());
            var status = room.get("/api/v1/status", admin);
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.json().getJsonNumber("heapUsedMb").longValue()).isPositive()
                    .isLessThanOrEqualTo(status.json().getJsonNumber("heapMaxMb").longValue());
            assertThat(status.json().getJsonNumber("threads").longValue()).isPositive();
            var made = room.post("/api/v1/backups", admin, "");
            assertThat(made.status()).isEqualTo(201);
            backup = Path.of(made.json().getString("backup"));
            fingerprint = room.controller.fingerprint().orElseThrow();
            // changes after the backup are not in it
            room.put("/api/v1/rooms/102", admin, Json.createObjectBuilder().add("rows", 1).add("columns", 1).build());
        }
        assertThat(Files.isDirectory(backup.resolve("db"))).isTrue();
        assertThat(Files.exists(backup.resolve("tls/room.p12"))).isTrue();
        assertThat(backup.resolve("cards/card-hmac.key")).as("without it no registered card is recognised")
                .hasSameTextualContentAs(org.examroom.room.auth.CardSecret.file(data));

        Backups.restore(backup, restored);
        try (RunningRoom room = new RunningRoom(restored)) {
            String admin = room.admin();
            assertThat(room.get("/api/v1/rooms/101", admin).json().getJsonArray("seats")).hasSize(6);
            assertThat(room.get("/api/v1/rooms/102", admin).status()).isEqualTo(404);
            assertThat(room.controller.fingerprint()).contains(fingerprint);
            assertThat(org.examroom.room.auth.CardSecret.file(restored)).hasSameTextualContentAs(
                    org.examroom.room.auth.CardSecret.file(data));
            assertThat(room.get("/api/v1/audit/verify", admin).json().getBoolean("intact")).isTrue();
        }
    }

    @Test
    void aRestoreNeverOverwritesADatabase() {
        try (RunningRoom room = new RunningRoom(data)) {
            room.admin();
        }
        assertThatThrownBy(() -> Backups.restore(data, data)).hasMessageContaining("already holds a database");
        assertThatThrownBy(() -> Backups.restore(restored, restored.resolve("x"))).hasMessageContaining("not a controller backup");
    }
}
