package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.examroom.common.net.RoomTrust;
import org.examroom.common.proctoring.ProctoringPreset;
import org.examroom.console.client.HttpStaffApi;
import org.examroom.console.client.StaffLogin;
import org.examroom.face.ProctoringPolicy;
import org.examroom.room.RoomController;
import org.examroom.room.RoomSettings;
import org.examroom.terminal.client.HttpPairingService;
import org.examroom.terminal.client.PairingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal's and console's HTTP clients against a real controller over HTTPS: the API contract both sides rely on. */
class ClientContractTest {

    @TempDir
    static Path data;
    static RoomController room;
    static SSLContext trust;

    @BeforeAll
    static void start() {
        room = RoomController.start(RoomSettings.load(Optional.empty(), Map.of("examroom.data", data.toString(),
                "server.port", "0", "examroom.bootstrap.password", "contract-test-pw")), Clock.systemUTC());
        trust = RoomTrust.sslContext(room.caFile().orElseThrow());
    }

    @AfterAll
    static void stop() {
        room.close();
    }

    @Test
    void theControllerAndTheFaceChecksKnowTheSameProctoringPresets() {
        // The controller stores and hands out the names; the terminal turns each into the face checks' figures.
        for (ProctoringPreset preset : ProctoringPreset.values()) {
            assertThat(ProctoringPolicy.preset(preset.presetName())).isSameAs(ProctoringPolicy.of(preset));
        }
        assertThat(ProctoringPolicy.of(ProctoringPreset.ACCOMMODATED)).isEqualTo(ProctoringPolicy.ACCOMMODATED);
        assertThat(ProctoringPolicy.of(ProctoringPreset.REMOTE).detection().monitoringMaxSide()).isEqualTo(640);
    }

    @Test
    void theConsoleSignsIn() {
        var login = new HttpStaffApi(room.localUri(), trust);
        assertThat(login.signIn("admin", "contract-test-pw".toCharArray()).join())
                .isInstanceOfSatisfying(StaffLogin.Outcome.Welcome.class, in -> {
                    assertThat(in.staff().displayName()).isEqualTo("Administrator");
                    assertThat(in.staff().roles()).contains("SUPERVISOR");
                });
        assertThat(login.signIn("admin", "wrong".toCharArray()).join())
                .isInstanceOfSatisfying(StaffLogin.Outcome.Refused.class, r -> assertThat(r.reason()).contains("401"));
    }

    @Test
    void theTerminalPairsWithACodeFromTheConsole() throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(trust).connectTimeout(Duration.ofSeconds(5)).build();
        String token = jsonField(http.send(post("/api/v1/auth/login", null, "{\"login\":\"admin\",\"password\":\"contract-test-pw\"}"),
                HttpResponse.BodyHandlers.ofString()).body(), "token");
        String code = jsonField(http.send(post("/api/v1/pairing-codes", token, "{\"roomId\":\"101\",\"seat\":\"4-1\"}"),
                HttpResponse.BodyHandlers.ofString()).body(), "code");

        var pairing = new HttpPairingService(room.localUri(), trust);
        assertThat(pairing.pair("T-7F3K2Q", code).join())
                .isInstanceOfSatisfying(PairingService.Outcome.Paired.class, p -> assertThat(p.seat()).isEqualTo("4-1"));
        assertThat(pairing.pair("T-7F3K2Q", code).join())
                .isInstanceOfSatisfying(PairingService.Outcome.Refused.class, r -> assertThat(r.reason()).contains("403"));
    }

    @Test
    void aClientThatDoesNotTrustTheRoomIsToldWhy() {
        var stranger = new HttpStaffApi(room.localUri(), RoomTrust.sslContext(otherCa()));
        assertThat(stranger.signIn("admin", "contract-test-pw".toCharArray()).join())
                .isInstanceOf(StaffLogin.Outcome.Refused.class);
    }

    private static java.security.cert.X509Certificate otherCa() {
        try (RoomController other = RoomController.start(RoomSettings.load(Optional.empty(), Map.of(
                "examroom.data", data.resolve("other").toString(), "server.port", "0")), Clock.systemUTC())) {
            return RoomTrust.readPem(other.caFile().orElseThrow())[0];
        }
    }

    private HttpRequest post(String path, String token, String body) {
        var b = HttpRequest.newBuilder(room.localUri().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private static String jsonField(String json, String field) {
        try (var r = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return r.readObject().getString(field);
        }
    }
}
