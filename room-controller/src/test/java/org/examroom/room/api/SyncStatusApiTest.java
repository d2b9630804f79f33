package org.examroom.room.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.examroom.common.sync.ChunkSeal;
import org.examroom.room.RoomController;
import org.examroom.room.RunningRoom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncStatusApiTest {

    @TempDir
    Path data;

    @Test
    void aControllerWithoutAnOfficeShowsItsKeyAndNothingSent() throws Exception {
        try (RunningRoom room = new RunningRoom(data)) {
            String token = room.signIn(RoomController.BOOTSTRAP_LOGIN, RunningRoom.ADMIN_PASSWORD);

            RunningRoom.Reply status = room.get("/api/v1/sync", token);

            assertThat(status.status()).isEqualTo(200);
            JsonObject json = status.json();
            assertThat(json.getBoolean("configured")).isFalse();
            assertThat(json.getJsonNumber("acknowledgedChunks").longValue()).isZero();
            assertThat(json.getJsonArray("removalsAtRisk")).isEmpty();
            String publicKey = json.getString("publicKey");
            assertThat(ChunkSeal.publicKey(publicKey)).isPresent();
            assertThat(Files.readString(data.resolve("sync/site.pub")).strip()).isEqualTo(publicKey);
        }
    }

    @Test
    void theStatusNeedsASignedInStaffMemberAndTheKeySurvivesARestart() throws Exception {
        String first;
        try (RunningRoom room = new RunningRoom(data)) {
            assertThat(room.get("/api/v1/sync", null).status()).isEqualTo(401);
            first = room.get("/api/v1/sync", room.signIn(RoomController.BOOTSTRAP_LOGIN, RunningRoom.ADMIN_PASSWORD)).json().getString("publicKey");
        }
        try (RunningRoom room = new RunningRoom(data)) {
            String again = room.get("/api/v1/sync", room.signIn(RoomController.BOOTSTRAP_LOGIN, RunningRoom.ADMIN_PASSWORD)).json().getString("publicKey");
            assertThat(again).isEqualTo(first);
        }
    }
}
