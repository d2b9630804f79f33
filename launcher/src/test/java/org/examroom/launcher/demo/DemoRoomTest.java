package org.examroom.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examroom.common.net.RoomTrust;
import org.examroom.launcher.sim.RoomApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examroom demo} without windows: the controller it sets up, and the printed guide taken at its word. What the
 * guide prints is what a person types: the pairing code and key at a terminal, the password and unseal key at the console.
 */
class DemoRoomTest {

    @TempDir
    Path data;

    @Test
    void thePrintedPairingCodeKeyPasswordAndUnsealKeyWorkAtTheController() throws Exception {
        try (DemoRoom room = DemoRoom.open(data, Optional.of(0), false, Clock.systemUTC())) {
            Printed printed = print(room, new DemoRoom.Windows.NoDisplay());
            assertThat(printed.text).contains("ExamRoom — демонстрационный экзамен готов / the demo exam is ready")
                    .contains("No display here, so no windows").contains("bin/examroom demo --headless")
                    .contains("(показан один раз / shown only now)")
                    .contains("A-001 Иванова Анна, паспорт / passport 4501 100037");
            RoomApi api = new RoomApi(URI.create(printed.value("сервер / controller").split(" ")[0]),
                    RoomTrust.sslContext(Path.of(printed.value("сертификат / room CA").split(" ")[0])));

            String credential = api.must(() -> api.post("/api/v1/terminals/pair", null, Json.createObjectBuilder()
                    .add("terminalId", "T-DEM001").add("code", printed.value("код привязки / pairing code").split(" ")[0]).build()))
                    .ok().getString("credential");
            String key = printed.value("ключ доступа / access key").split(" ")[0];
            JsonObject entered = api.must(() -> api.post("/api/v1/terminal/key", credential,
                    Json.createObjectBuilder().add("key", key).build())).ok();
            assertThat(entered.toString()).contains("A-001").contains(DemoExam.EXAM);
            assertThat(printed.text).contains("место / seat " + room.guide().seat());

            String supervisor = DemoExam.signIn(api, DemoExam.SUPERVISOR,
                    printed.value("ответственный / supervisor").split("password: ")[1].split(" ")[0]);
            JsonObject unsealed = api.must(() -> api.post("/api/v1/exams/" + DemoExam.EXAM + "/unseal", supervisor,
                    Json.createObjectBuilder().add("key", printed.value("ключ вскрытия / unseal key")).build())).ok();
            assertThat(unsealed.getBoolean("unsealed")).isTrue();
            api.must(() -> api.post("/api/v1/terminal/rules", credential, Json.createObjectBuilder().add("rules", true)
                    .add("personalDataConsent", true).build())).ok();
            var photos = Json.createArrayBuilder();
            for (int i = 0; i < 5; i++) {
                photos.add(photo());
            }
            api.must(() -> api.post("/api/v1/terminal/photos", credential, Json.createObjectBuilder().add("photos", photos).build())).ok();
            assertThat(api.must(() -> api.get("/api/v1/terminal/variant", credential)).ok().getJsonArray("items")).isNotEmpty();

            JsonObject exam = api.must(() -> api.get("/api/v1/exams/" + DemoExam.EXAM, supervisor)).ok();
            assertThat(java.time.Instant.parse(exam.getString("scheduledStart")))
                    .isAfter(java.time.Instant.now().plus(DemoRoom.LEAD).minusSeconds(61));
        }
        assertThat(Files.getPosixFilePermissions(data.resolve(DemoRoom.STATE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aSecondRunContinuesTheSameDemoWithANewPairingCodeAndFreshStartsOver() throws Exception {
        DemoRoom.Guide first;
        try (DemoRoom room = DemoRoom.open(data, Optional.of(0), false, Clock.systemUTC())) {
            first = room.guide();
        }
        try (DemoRoom room = DemoRoom.open(data, Optional.of(0), false, Clock.systemUTC())) {
            DemoRoom.Guide again = room.guide();
            assertThat(again.continued()).isTrue();
            assertThat(again.key()).isEqualTo(first.key());
            assertThat(again.unsealKey()).isEqualTo(first.unsealKey());
            Printed printed = print(room, new DemoRoom.Windows.NotAsked());
            assertThat(printed.text).contains("the demo exam continues").doesNotContain("shown only now")
                    .contains("(один раз / single use)");
            RoomApi api = new RoomApi(again.controller(), RoomTrust.sslContext(again.caFile()));
            api.must(() -> api.post("/api/v1/terminals/pair", null, Json.createObjectBuilder()
                    .add("terminalId", "T-DEM002").add("code", again.pairingCode()).build())).ok();
            DemoExam.signIn(api, DemoExam.SUPERVISOR, again.supervisorPassword());
        }
        try (DemoRoom room = DemoRoom.open(data, Optional.of(0), true, Clock.systemUTC())) {
            assertThat(room.guide().continued()).isFalse();
            assertThat(room.guide().unsealKey()).isNotEqualTo(first.unsealKey());
            assertThat(room.guide().supervisorPassword()).isNotEqualTo(first.supervisorPassword());
        }
    }

    @Test
    void aFolderWithAControllerDatabaseNoDemoLeftIsRefusedAndFreshLeavesOtherFilesAlone() throws Exception {
        Files.createDirectories(data.resolve("db"));
        Files.writeString(data.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> DemoRoom.open(data, Optional.of(0), false, Clock.systemUTC()))
                .isInstanceOf(DemoRoom.DemoFolderException.class).hasMessageContaining("--fresh");
        try (DemoRoom room = DemoRoom.open(data, Optional.of(0), true, Clock.systemUTC())) {
            assertThat(room.guide().continued()).isFalse();
        }
        assertThat(data.resolve("notes.txt")).hasContent("mine");
    }

    private static String photo() throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(32, 24, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg", bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static Printed print(DemoRoom room, DemoRoom.Windows windows) {
        StringWriter text = new StringWriter();
        room.guide().print(new PrintWriter(text, true), windows);
        return new Printed(text.toString());
    }

    /** The printed block, read by its labels. */
    private record Printed(String text) {
        String value(String label) {
            Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(label + ":") + " +(.+)$").matcher(text);
            assertThat(m.find()).as("a line '%s' in%n%s", label, text).isTrue();
            return m.group(1).strip();
        }
    }
}
