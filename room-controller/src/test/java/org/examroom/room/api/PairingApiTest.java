package org.examroom.room.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.nio.file.Path;
import java.time.Duration;
import org.examroom.room.RunningRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One-time pairing codes and revocable terminal credentials. */
class PairingApiTest {

    @TempDir
    Path data;
    RunningRoom room;
    String admin;

    @BeforeEach
    void start() {
        room = new RunningRoom(data);
        admin = room.admin();
    }

    @AfterEach
    void stop() {
        room.close();
    }

    private String code(String seat) {
        var reply = room.post("/api/v1/pairing-codes", admin, Json.createObjectBuilder().add("roomId", "101").add("seat", seat).build());
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().getString("code");
    }

    private RunningRoom.Reply pair(String terminal, String code) {
        return room.post("/api/v1/terminals/pair", null, Json.createObjectBuilder().add("terminalId", terminal).add("code", code).build());
    }

    @Test
    void aCodePairsATerminalToItsSeatOnce() {
        String code = code("3-2");
        var paired = pair("T-7F3K2Q", code);
        assertThat(paired.status()).isEqualTo(200);
        assertThat(paired.json().getString("seat")).isEqualTo("3-2");
        String credential = paired.json().getString("credential");

        var self = room.get("/api/v1/terminal/self", credential);
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.json().getString("terminalId")).isEqualTo("T-7F3K2Q");

        var again = pair("T-AAAAAA", code);
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().getString("detail")).contains("already used");
    }

    @Test
    void anExpiredOrUnknownCodeIsRefused() {
        String code = code("1-1");
        room.clock.advance(Duration.ofMinutes(11));
        assertThat(pair("T-7F3K2Q", code).json().getString("detail")).contains("expired");
        assertThat(pair("T-7F3K2Q", "000000".equals(code) ? "111111" : "000000").status()).isEqualTo(403);
    }

    @Test
    void malformedPairingRequestsNameTheField() {
        assertThat(pair("laptop", "123456").field()).isEqualTo("terminalId");
        assertThat(pair("T-7F3K2Q", "12ab56").field()).isEqualTo("code");
    }

    @Test
    void aRevokedCredentialStopsWorkingAndPairingAgainReplacesTheOld() {
        String first = pair("T-7F3K2Q", code("1-1")).json().getString("credential");
        String second = pair("T-7F3K2Q", code("1-2")).json().getString("credential");
        assertThat(room.get("/api/v1/terminal/self", first).status()).isEqualTo(401);
        assertThat(room.get("/api/v1/terminal/self", second).json().getString("seat")).isEqualTo("1-2");

        assertThat(room.post("/api/v1/terminals/T-7F3K2Q/revoke", admin, "").status()).isEqualTo(204);
        assertThat(room.get("/api/v1/terminal/self", second).status()).isEqualTo(401);
        assertThat(room.post("/api/v1/terminals/T-NOPE00/revoke", admin, "").status()).isEqualTo(404);

        var list = room.get("/api/v1/terminals", admin).json().getJsonArray("terminals");
        assertThat(list).hasSize(1);
        assertThat(list.getJsonObject(0).containsKey("revokedAt")).isTrue();
    }

    @Test
    void aTerminalCannotActAsStaffNorStaffAsATerminal() {
        String credential = pair("T-7F3K2Q", code("1-1")).json().getString("credential");
        assertThat(room.post("/api/v1/pairing-codes", credential, "{}").status()).isEqualTo(403);
        assertThat(room.get("/api/v1/terminal/self", admin).status()).isEqualTo(403);
    }

    @Test
    void pairingsSurviveARestart() {
        String credential = pair("T-7F3K2Q", code("2-2")).json().getString("credential");
        room.close();
        room = new RunningRoom(data);
        assertThat(room.get("/api/v1/terminal/self", credential).json().getString("seat")).isEqualTo("2-2");
        admin = room.admin();
    }
}
