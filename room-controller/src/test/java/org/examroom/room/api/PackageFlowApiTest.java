package org.examroom.room.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.SourceFiles;
import org.examroom.common.net.RoomTrust;
import org.examroom.common.seal.ExamContent;
import org.examroom.common.seal.SealedPackage;
import org.examroom.common.seal.SigningKeys;
import org.examroom.common.seal.UnsealKey;
import org.examroom.common.variant.Variant;
import org.examroom.common.wire.PublicItemJson;
import org.examroom.common.wire.ResponseValueJson;
import org.examroom.room.RunningRoom;
import org.examroom.room.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sealed package from the office: loaded and verified, unsealed at the start, served without answers, graded. */
class PackageFlowApiTest {

    static final String BANK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="truefalse">
                <name><text>Земля</text></name><questiontext format="html"><text>Земля вращается вокруг Солнца.</text></questiontext>
                <defaultgrade>1</defaultgrade>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
              </question>
              <question type="shortanswer">
                <name><text>Столица</text></name><questiontext format="html"><text>Столица Франции?</text></questiontext>
                <defaultgrade>1</defaultgrade><usecase>0</usecase>
                <answer fraction="100"><text>Париж</text></answer>
              </question>
              <question type="numerical">
                <name><text>g</text></name><questiontext format="html"><text>Ускорение свободного падения, м/с²?</text></questiontext>
                <defaultgrade>2</defaultgrade>
                <answer fraction="100"><text>9.81</text><tolerance>0.05</tolerance></answer>
              </question>
            </quiz>
            """;

    @TempDir
    Path data;
    RunningRoom room;
    String admin;
    KeyPair office;
    UnsealKey unsealKey;
    byte[] sealed;
    List<Item> items;

    @BeforeEach
    void start() throws Exception {
        room = new RunningRoom(data, ExamFlowApiTest.START.minus(Duration.ofMinutes(20)));
        admin = room.admin();
        room.put("/api/v1/exams/PHYS-1", admin, Json.createObjectBuilder(ExamFlowApiTest.exam("Физика", "TPU", "2026-07-15T10:00"))
                .add("variants", Json.createArrayBuilder().add("V1")).build());
        byte[] bank = BANK.getBytes(StandardCharsets.UTF_8);
        items = ContentImporter.importBytes("bank.xml", bank, SourceFiles.none()).items();
        assertThat(items).hasSize(3);
        office = SigningKeys.generate();
        unsealKey = UnsealKey.generate();
        sealed = SealedPackage.seal(new ExamContent("PHYS-1", "Физика", Map.of("bank.xml", bank),
                List.of(new Variant("V1", items.stream().map(i -> ExamContent.itemKey("bank.xml", i.id())).toList()))),
                office.getPrivate(), office.getPublic(), unsealKey, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        room.close();
    }

    private void trustOffice() throws IOException {
        Files.createDirectories(data.resolve("trust"));
        Files.writeString(data.resolve("trust/office.pub"), SigningKeys.publicKeyText(office.getPublic()));
    }

    private int upload(byte[] file) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(RoomTrust.sslContext(room.controller.caFile().orElseThrow())).build();
        return http.send(HttpRequest.newBuilder(room.controller.localUri().resolve("/api/v1/exams/PHYS-1/package"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aPackageIsAcceptedOnlyFromTheTrustedOfficeAndIntact() throws Exception {
        assertThat(upload(sealed)).as("no office key installed yet").isEqualTo(403);
        trustOffice();
        byte[] tampered = sealed.clone();
        tampered[tampered.length / 2] ^= 1;
        assertThat(upload(tampered)).isEqualTo(403);
        assertThat(upload(java.util.Arrays.copyOf(sealed, sealed.length / 3))).isEqualTo(422);
        assertThat(upload(sealed)).isEqualTo(200);

        JsonObject identity = room.get("/api/v1/exams/PHYS-1/package", admin).json();
        assertThat(identity.getString("examId")).isEqualTo("PHYS-1");
        assertThat(identity.getInt("items")).isEqualTo(3);
        assertThat(identity.getBoolean("sealsIntact")).isTrue();
        assertThat(identity.getBoolean("unsealed")).isFalse();
    }

    @Test
    void unsealedAtTheStartTheVariantReachesTheTerminalWithoutAnswersAndIsGraded() throws Exception {
        trustOffice();
        assertThat(upload(sealed)).isEqualTo(200);
        String terminal = inProgress();

        var early = room.get("/api/v1/terminal/variant", terminal);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("detail")).contains("not unsealed");

        String typo = unsealKey.toText().substring(0, 10) + (unsealKey.toText().charAt(10) == 'A' ? 'B' : 'A') + unsealKey.toText().substring(11);
        assertThat(room.post("/api/v1/exams/PHYS-1/unseal", admin, Json.createObjectBuilder().add("key", typo).build()).field())
                .isEqualTo("key");
        var unsealed = room.post("/api/v1/exams/PHYS-1/unseal", admin, Json.createObjectBuilder().add("key", unsealKey.toText()).build());
        assertThat(unsealed.status()).isEqualTo(200);
        assertThat(unsealed.json().getBoolean("unsealed")).isTrue();

        var variant = room.get("/api/v1/terminal/variant", terminal);
        assertThat(variant.status()).isEqualTo(200);
        assertThat(variant.json().getString("variantId")).isEqualTo("V1");
        var served = variant.json().getJsonArray("items");
        assertThat(served).hasSize(3);
        assertThat(served.toString()).doesNotContain("Париж", "9.81", "fraction");
        assertThat(PublicItemJson.fromJson(served.getJsonObject(1)).body()).contains("Столица Франции");

        // answer: true/false right, capital wrong, g within tolerance
        answer(terminal, items.get(0), 1, correct(items.get(0)));
        answer(terminal, items.get(1), 1, new ResponseValue.Text("Лондон"));
        answer(terminal, items.get(2), 1, new ResponseValue.Number(new java.math.BigDecimal("9.8")));
        room.post("/api/v1/terminal/finish", terminal, "{\"confirmed\":true}");

        var graded = room.post("/api/v1/exams/PHYS-1/results", admin, "");
        assertThat(graded.status()).isEqualTo(200);
        JsonObject result = graded.json().getJsonArray("results").getJsonObject(0);
        assertThat(result.getString("status")).isEqualTo("GRADED");
        assertThat(result.getString("rawTotal")).isEqualTo("3");
        assertThat(result.getString("rawMax")).isEqualTo("4");
        assertThat(result.getInt("points")).isEqualTo(75);
        assertThat(result.getBoolean("passed")).isTrue();
        assertThat(result.getJsonObject("pointsInWords").getString("ru")).isEqualTo("семьдесят пять");
        String protocol = room.pdfText("/api/v1/exams/PHYS-1/documents/results-protocol.pdf", admin);
        assertThat(protocol).contains("Иванова Анна", "75", "семьдесят пять");
    }

    @Test
    void aRestartedControllerReopensTheUnsealedPackage() throws Exception {
        trustOffice();
        upload(sealed);
        String terminal = inProgress();
        room.post("/api/v1/exams/PHYS-1/unseal", admin, Json.createObjectBuilder().add("key", unsealKey.toText()).build());
        room.close();
        room = new RunningRoom(data, ExamFlowApiTest.START.plus(Duration.ofMinutes(1)));
        admin = room.admin();
        assertThat(room.get("/api/v1/terminal/variant", terminal).json().getJsonArray("items")).hasSize(3);
    }

    private static ResponseValue correct(Item item) {
        return org.examroom.common.content.scoring.ItemScorer.correctResponses(item).values().iterator().next();
    }

    private void answer(String terminal, Item item, long seq, ResponseValue value) {
        String responseId = item.responses().getFirst().identifier();
        var body = Json.createObjectBuilder().add("seq", seq).add("response", ResponseValueJson.itemToJson(Map.of(responseId, value))).build();
        assertThat(room.put("/api/v1/terminal/answers/" + item.id(), terminal, body).status()).isEqualTo(200);
    }

    /** An applicant of PHYS-1 at a terminal, writing. */
    private String inProgress() {
        room.postAs("/api/v1/applicants/import", admin, "text/csv",
                "id;surname;given_name;document_kind;document_number;exams\nA-1;Иванова;Анна;PASSPORT_RF;1;PHYS-1\n");
        room.post("/api/v1/attempts/A-1.PHYS-1/admit", admin, "{\"documentChecked\":true}");
        String key = room.post("/api/v1/attempts/A-1.PHYS-1/key", admin, "{}").json().getString("key");
        String terminal = room.pairTerminal(admin, "T-7F3K2Q", JsonValue.EMPTY_JSON_OBJECT);
        room.post("/api/v1/terminal/key", terminal, Json.createObjectBuilder().add("key", key).build());
        room.post("/api/v1/terminal/rules", terminal, "{\"rules\":true,\"personalDataConsent\":true}");
        room.post("/api/v1/terminal/photos", terminal, Json.createObjectBuilder().add("photos", Json.createArrayBuilder().add(TestImages.jpeg())).build());
        room.clock.set(ExamFlowApiTest.START);
        assertThat(room.post("/api/v1/terminal/start", terminal, "").status()).isEqualTo(200);
        return terminal;
    }
}
