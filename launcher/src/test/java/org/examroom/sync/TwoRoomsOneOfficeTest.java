package org.examroom.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.examroom.central.views.Attendance;
import org.examroom.central.views.ResultRow;
import org.examroom.common.sync.ChunkSeal;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.sync.SiteKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two rooms and one office, all real: the rooms' Derby databases, the office on Derby and, when
 * {@code EXAMROOM_TEST_POSTGRES_URL} names a server, on PostgreSQL; HTTP between them. Cuts, restarts, resends and
 * tampering must lose nothing and count nothing twice; every refusal reason is met once and kept.
 */
class TwoRoomsOneOfficeTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "office on {0}")
    @EnumSource(Office.Database.class)
    void aCampaignArrivesWholeAndOnceThroughCutsAndRestarts(Office.Database database) throws Exception {
        try (Office office = database.open(dir.resolve("office"))) {
            campaign(office);
        }
    }

    /** The id the room gave the applicant's attempt. */
    private static String attemptOf(RoomSite room, String applicant) {
        return room.db().execute().createQuery("SELECT id FROM attempt WHERE applicant_id = ?").addParam(applicant).execute()
                .map(r -> r.column("ID").get(String.class)).findFirst().orElseThrow();
    }

    private void campaign(Office office) throws Exception {
        try (RoomSite north = new RoomSite("north-101", dir.resolve("north"), office.uri(), office.ca(), 4);
                RoomSite south = new RoomSite("south-7", dir.resolve("south"), office.uri(), office.ca(), 4)) {
            north.exam("MATH-1", "Математика", 1, 39);
            south.exam("MATH-2", "Математика", 2, 39);
            for (int i = 1; i <= 12; i++) {
                north.applicant("P-%03d".formatted(i), "Иванов" + i, "Пётр");
            }
            north.applicant("P-777", "Сидорова", "Анна");
            south.applicant("P-777", "Сидорова", "Анна");
            south.applicant("P-900", "Ким", "Виктор");
            for (int i = 1; i <= 9; i++) {
                north.attempt("P-%03d".formatted(i), "MATH-1", "SUBMITTED", 5);
            }
            north.attempt("P-010", "MATH-1", "ABSENT", 0);
            north.attempt("P-011", "MATH-1", "REMOVED", 2);
            north.attempt("P-012", "MATH-1", "TECHNICAL_FAILURE", 1);
            north.attempt("P-777", "MATH-1", "SUBMITTED", 5);
            south.attempt("P-777", "MATH-2", "SUBMITTED", 5);
            south.attempt("P-900", "MATH-2", "REGISTERED", 0);
            north.snapshot("MATH-1:P-011", "jpeg bytes of a phone on the desk".getBytes());
            north.result(attemptOf(north, "P-001"), "GRADED", 75, true);
            // essays still being marked: the closed items' points are no result yet
            south.result(attemptOf(south, "P-777"), "AWAITING_MANUAL", 30, false);
            office.register(north);
            office.register(south);

            // North: 13 attempts in chunks of 4 → 4 chunks. The network goes after two of them.
            north.transport.deliverBeforeCut = 2;
            assertThat(north.agent.syncNow()).isFalse();
            assertThat(north.agent.status().acknowledgedChunks()).isEqualTo(2);
            assertThat(north.agent.status().pendingChunks() + north.agent.status().sentChunks()).isEqualTo(2);
            assertThat(north.agent.status().lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("network cut"));

            // Both sides restart while chunks are still waiting.
            north.restart();
            office.restart();

            // The network is back, but the answer to the third chunk is lost after the office stored it.
            north.transport.heal();
            north.transport.loseNextAnswer = true;
            assertThat(north.agent.syncNow()).isFalse();
            assertThat(north.agent.syncNow()).as("the resend is recognised as a duplicate").isTrue();
            assertThat(north.agent.status().acknowledgedChunks()).isEqualTo(4);
            assertThat(north.agent.status().pendingChunks()).isZero();
            assertThat(south.agent.syncNow()).isTrue();

            List<ResultRow> all = office.office.views().results(Optional.empty(), Optional.empty());
            assertThat(all).hasSize(15);
            assertThat(all).filteredOn(r -> r.attemptId().equals(attemptOf(north, "P-001"))).singleElement()
                    .satisfies(r -> assertThat(r.score()).contains(75));
            assertThat(all).filteredOn(r -> r.attemptId().equals(attemptOf(south, "P-777"))).singleElement()
                    .satisfies(r -> assertThat(r.score()).as("not final while being marked").isEmpty());
            assertThat(all).extracting(ResultRow::attemptId).doesNotHaveDuplicates();
            assertThat(office.office.views().results(Optional.empty(), Optional.of("north-101"))).hasSize(13);

            JsonArray exams = office.get("/api/v1/exams").json().asJsonArray();
            JsonObject north1 = exams.getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("site").equals("north-101")).findFirst().orElseThrow();
            assertThat(north1.getInt("registered")).isEqualTo(13);
            assertThat(north1.getInt("sat")).isEqualTo(10);
            assertThat(north1.getInt("absent")).isEqualTo(1);
            assertThat(north1.getInt("removed")).isEqualTo(1);
            assertThat(north1.getInt("reserve_day")).isEqualTo(1);

            JsonArray acts = office.get("/api/v1/acts").json().asJsonArray();
            assertThat(acts).hasSize(2);
            assertThat(acts.getJsonObject(0).getString("kind") + acts.getJsonObject(1).getString("kind"))
                    .contains("REMOVAL").contains("TECHNICAL_FAILURE");
            assertThat(acts.toString()).contains("Телефон на столе");

            JsonArray twice = office.get("/api/v1/checks/one-attempt").json().asJsonArray();
            assertThat(twice).hasSize(1);
            assertThat(twice.getJsonObject(0).getString("applicant_id")).isEqualTo("P-777");
            assertThat(twice.getJsonObject(0).getJsonArray("sittings")).hasSize(2);

            String csv = office.get("/api/v1/results?format=csv&site=south-7").body();
            assertThat(csv.lines().toList()).hasSize(3);
            assertThat(csv.lines().findFirst().orElseThrow()).startsWith("site,attempt_id,exam_id,subject");
            assertThat(csv).contains("Сидорова").contains("EXPECTED");

            // The snapshot arrived under its hash.
            assertThat(Files.list(office.data.resolve("evidence").resolve("north-101"))).hasSize(1);

            // A later change travels alone and replaces the earlier state.
            south.db().execute().namedInsert("attempt-event-insert", "MATH-2:P-900", 1, 1_784_100_000_000L, "staff:S-2", "MarkedAbsent", "{}");
            south.db().execute().namedUpdate("attempt-state", "ABSENT", "MATH-2:P-900", 0L);
            assertThat(south.agent.syncNow()).isTrue();
            assertThat(office.office.views().results(Optional.empty(), Optional.of("south-7")))
                    .filteredOn(r -> r.applicantId().equals("P-900")).singleElement()
                    .satisfies(r -> assertThat(r.attendance()).isEqualTo(Attendance.ABSENT));
            assertThat(office.office.views().results(Optional.empty(), Optional.empty())).hasSize(15);
            assertThat(office.office.intake().refused()).isEmpty();
        }
    }

    @ParameterizedTest(name = "office on {0}")
    @EnumSource(Office.Database.class)
    void tamperedForeignDuplicatedOutOfOrderAndBrokenChainChunksAreRefusedAndKept(Office.Database database) throws Exception {
        try (Office office = database.open(dir.resolve("office"));
                RoomSite room = new RoomSite("east-3", dir.resolve("east"), office.uri(), office.ca(), 2)) {
            room.exam("PHYS-1", "Физика", 1, 36);
            room.applicant("P-1", "Орлова", "Мария");
            room.attempt("P-1", "PHYS-1", "SUBMITTED", 3);
            AuditLog audit = AuditLog.open(room.db(), Clock.systemUTC());
            audit.record("staff:S-1", "local", "exam.created", "PHYS-1", AuditLog.none());
            office.register(room);

            // Pack without sending, to hold the signed chunk as it would travel.
            room.transport.deliverBeforeCut = 0;
            room.agent.syncNow();
            JsonObject envelope = read(room.data.resolve("sync/outbox/1.json"));

            // Changed on the way: the signature no longer matches.
            String changed = envelope.getString("body").replace("Орлова", "Орлов");
            Office.Reply tampered = office.postChunk(with(envelope, "body", changed));
            assertThat(tampered.status()).isEqualTo(409);
            assertThat(tampered.json().asJsonObject().getString("reason")).isEqualTo("bad-signature");

            // From a site the office does not know.
            Office.Reply foreign = office.postChunk(with(envelope, "site", "nowhere-1"));
            assertThat(foreign.json().asJsonObject().getString("reason")).isEqualTo("unknown-site");

            // The real chunk goes through; an exact resend changes nothing.
            Office.Reply first = office.postChunk(envelope.toString());
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().asJsonObject().getString("status")).isEqualTo("accepted");
            Office.Reply again = office.postChunk(envelope.toString());
            assertThat(again.json().asJsonObject().getString("status")).isEqualTo("duplicate");
            assertThat(office.office.views().results(Optional.empty(), Optional.empty())).hasSize(1);

            // Signed with the room's own key, but not what was accepted as chunk 1: a conflicting duplicate.
            PrivateKey siteKey = SiteKeys.loadOrCreate(room.data.resolve("sync")).privateKey();
            String otherFirst = envelope.getString("body").replace("\"createdAt\":", "\"createdAt\":1");
            Office.Reply conflicting = office.postChunk(signed(envelope, otherFirst, siteKey));
            assertThat(conflicting.status()).isEqualTo(409);
            assertThat(conflicting.json().asJsonObject().getString("reason")).isEqualTo("conflicting-duplicate");
            assertThat(office.office.views().results(Optional.empty(), Optional.empty())).singleElement()
                    .satisfies(r -> assertThat(r.surname()).isEqualTo("Орлова"));

            // Later entries, one of them edited in the room's database after it was written.
            audit.record("staff:S-1", "local", "attempt.removed", "PHYS-1:P-1", AuditLog.details("act", "A-1"));
            audit.record("staff:S-1", "local", "attempt.graded", "PHYS-1:P-1", AuditLog.none());
            long edited = room.db().execute().dml("UPDATE audit_log SET details = '{\"act\":\"A-2\"}' WHERE action = 'attempt.removed'");
            assertThat(edited).isEqualTo(1);
            room.transport.heal();
            assertThat(room.agent.syncNow()).as("chunk 1 is acknowledged as a duplicate, chunk 2 is refused").isFalse();
            assertThat(room.agent.status().lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("broken-audit-chain"));

            // A chunk from further ahead than the office has reached.
            JsonObject second = read(room.data.resolve("sync/outbox/2.json"));
            Office.Reply ahead = office.postChunk(with(second, "no", "7"));
            assertThat(ahead.json().asJsonObject().getString("reason")).isEqualTo("out-of-order");

            // Chunk 2 signed by the room, but naming another chunk before it: the chunk chain is broken.
            String elsewhere = second.getString("body").replace(ChunkSeal.hash(envelope.getString("body")), "0".repeat(64));
            Office.Reply unchained = office.postChunk(signed(second, elsewhere, siteKey));
            assertThat(unchained.json().asJsonObject().getString("reason")).isEqualTo("broken-chunk-chain");

            // Chunk 2 whose body says it is chunk 3: not a chunk the envelope names.
            String renumbered = second.getString("body").replace("\"no\":2,", "\"no\":3,");
            Office.Reply malformed = office.postChunk(signed(second, renumbered, siteKey));
            assertThat(malformed.json().asJsonObject().getString("reason")).isEqualTo("malformed");

            List<String> reasons = office.office.intake().refused().stream().map(r -> r.reason()).toList();
            assertThat(reasons).containsExactlyInAnyOrder("bad-signature", "unknown-site", "conflicting-duplicate", "broken-audit-chain",
                    "out-of-order", "broken-chunk-chain", "malformed");
            assertThat(office.office.intake().refused()).allSatisfy(r -> assertThat(r.file()).exists());
            assertThat(office.get("/api/v1/sites/refused").body()).contains("broken-audit-chain");
            assertThat(office.office.intake().site("east-3").orElseThrow().lastChunkNo()).isEqualTo(1);
        }
    }

    @Test
    void theViewsNeedTheAdminToken() throws Exception {
        try (Office office = Office.derby(dir.resolve("office"))) {
            var http = java.net.http.HttpClient.newBuilder()
                    .sslContext(org.examroom.common.net.RoomTrust.sslContext(office.ca().orElseThrow())).build();
            var response = http.send(java.net.http.HttpRequest.newBuilder(office.uri().resolve("/api/v1/results")).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(office.get("/health").status()).isEqualTo(200);

            // the office is HTTPS with its own CA: a client that does not trust it learns nothing
            var stranger = java.net.http.HttpClient.newHttpClient();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> stranger.send(java.net.http.HttpRequest.newBuilder(
                    office.uri().resolve("/health")).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
            assertThat(office.uri().getScheme()).isEqualTo("https");
        }
    }

    @Test
    void aRoomRefusesPlainHttpToAnotherMachine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new org.examroom.room.sync.HttpSyncTransport(
                java.net.URI.create("http://office.example.org:8444"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("examroom.sync.office-ca");
        assertThat(new org.examroom.room.sync.HttpSyncTransport(java.net.URI.create("http://127.0.0.1:8444"), Optional.empty()))
                .as("the office on this very machine").isNotNull();
    }

    private static JsonObject read(Path file) throws Exception {
        try (var reader = Json.createReader(new StringReader(Files.readString(file)))) {
            return reader.readObject();
        }
    }

    /** The envelope with another body, signed with the site's key as the room would sign it. */
    private static String signed(JsonObject envelope, String body, PrivateKey key) {
        assertThat(body).isNotEqualTo(envelope.getString("body"));
        return Json.createObjectBuilder(envelope).add("body", body).add("signature", ChunkSeal.sign(key, body)).build().toString();
    }

    private static String with(JsonObject envelope, String field, String value) {
        var b = Json.createObjectBuilder(envelope);
        if (field.equals("no")) {
            b.add("no", Long.parseLong(value));
        } else {
            b.add(field, value);
        }
        return b.build().toString();
    }
}
