package org.examroom.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.examroom.common.net.RoomTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomControllerTest {

    private static final Instant NOW = Instant.parse("2026-07-15T07:00:00Z");

    @TempDir
    Path data;

    @Test
    void startsOnItsDataFolderOverHttpsAndReportsHealthyDatabase() throws Exception {
        RoomSettings settings = RoomSettings.load(Optional.empty(), Optional.of(data), Optional.of(0));
        try (RoomController room = RoomController.start(settings, Clock.fixed(NOW, ZoneOffset.UTC))) {
            assertThat(room.databaseLocation()).isEqualTo(data.resolve("db"));
            assertThat(Files.isDirectory(data.resolve("db"))).isTrue();
            assertThat(room.localUri().getScheme()).isEqualTo("https");
            assertThat(room.caFile()).contains(data.resolve("tls/room-ca.pem"));
            assertThat(room.fingerprint().orElseThrow()).matches("([0-9A-F]{4} ){15}[0-9A-F]{4}");
            assertThat(room.bootstrapPassword()).isPresent();

            HttpClient client = HttpClient.newBuilder().sslContext(RoomTrust.sslContext(room.caFile().orElseThrow())).build();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(room.localUri().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"name\":\"derby\"");

            HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(room.localUri().resolve("/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("memory");

            HttpResponse<String> time = client.send(HttpRequest.newBuilder(room.localUri().resolve("/api/v1/time")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(time.body()).contains("\"instant\":\"2026-07-15T07:00:00Z\"", "\"moscow\":\"2026-07-15T10:00+03:00\"");
        }
    }

    @Test
    void aClientThatDoesNotTrustTheRoomCaIsRefused() {
        RoomSettings settings = RoomSettings.load(Optional.empty(), Optional.of(data), Optional.of(0));
        try (RoomController room = RoomController.start(settings, Clock.systemUTC())) {
            HttpClient stranger = HttpClient.newHttpClient();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> stranger.send(
                    HttpRequest.newBuilder(room.localUri().resolve("/health")).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void reopensTheSameDatabaseAndCertificatesWithoutLosingThem() throws Exception {
        RoomSettings settings = RoomSettings.load(Optional.empty(), Optional.of(data), Optional.of(0));
        Object firstCreated;
        String fingerprint;
        try (RoomController room = RoomController.start(settings, Clock.systemUTC())) {
            firstCreated = createdAt(settings);
            fingerprint = room.fingerprint().orElseThrow();
        }
        try (RoomController room = RoomController.start(settings, Clock.systemUTC())) {
            assertThat(createdAt(settings)).isEqualTo(firstCreated);
            assertThat(room.fingerprint()).contains(fingerprint);
            assertThat(room.bootstrapPassword()).as("the admin account is made only once").isEmpty();
        }
    }

    @Test
    void plainHttpWhenTlsIsTurnedOff() {
        RoomSettings settings = RoomSettings.load(Optional.empty(),
                Map.of("examroom.data", data.toString(), "server.port", "0", "examroom.tls.enabled", "false"));
        try (RoomController room = RoomController.start(settings, Clock.systemUTC())) {
            assertThat(room.localUri().getScheme()).isEqualTo("http");
            assertThat(room.caFile()).isEmpty();
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
