package org.examroom.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Status;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomControllerTest {

    private static final Instant NOW = Instant.parse("2026-07-15T07:00:00Z");

    @TempDir
    Path data;

    @Test
    void startsOnItsDataFolderAndReportsHealthyDatabase() {
        RoomSettings settings = RoomSettings.load(Optional.empty(), Optional.of(data), Optional.of(0));
        try (RoomController room = RoomController.start(settings, Clock.fixed(NOW, ZoneOffset.UTC))) {
            assertThat(room.databaseLocation()).isEqualTo(data.resolve("db"));
            assertThat(Files.isDirectory(data.resolve("db"))).isTrue();

            WebClient client = WebClient.builder().baseUri("http://localhost:" + room.port()).build();
            try (HttpClientResponse health = client.get("/health").request()) {
                assertThat(health.status()).isEqualTo(Status.OK_200);
                JsonObject body = health.as(JsonObject.class);
                assertThat(body.getString("status")).isEqualTo("UP");
                assertThat(body.getJsonArray("checks").getJsonObject(0).getString("name")).isEqualTo("derby");
            }
            JsonObject time = client.get("/api/v1/time").requestEntity(JsonObject.class);
            assertThat(time.getString("instant")).isEqualTo("2026-07-15T07:00:00Z");
            assertThat(time.getString("moscow")).isEqualTo("2026-07-15T10:00+03:00");
        }
    }

    @Test
    void reopensTheSameDatabaseWithoutLosingIt() throws Exception {
        RoomSettings settings = RoomSettings.load(Optional.empty(), Optional.of(data), Optional.of(0));
        Object firstCreated;
        try (RoomController room = RoomController.start(settings, Clock.systemUTC())) {
            firstCreated = createdAt(settings);
        }
        try (RoomController room = RoomController.start(settings, Clock.systemUTC())) {
            assertThat(createdAt(settings)).isEqualTo(firstCreated);
        }
    }

    private static Object createdAt(RoomSettings settings) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:derby:" + settings.dataDirectory().resolve("db"));
             var rs = c.createStatement().executeQuery("SELECT created_at FROM controller_info")) {
            assertThat(rs.next()).isTrue();
            return rs.getTimestamp(1);
        }
    }
}
