package org.examroom.room.sync;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.examroom.common.sync.ChunkSeal;
import org.examroom.common.wire.Jsons;

/**
 * Packs what changed since the last pack into chunk bodies (layout in docs/office.md): every attempt whose
 * synced form differs from the one last packed, with its events, answers and evidence (small snapshots
 * inline), removed attempts first; the audit entries after the last packed one; the exams with the first chunk.
 */
final class ChunkPacker {

    private static final System.Logger LOG = System.getLogger(ChunkPacker.class.getName());
    /** One provider for every builder: {@code Jsons.createObjectBuilder()} looks the provider up again on each call. */
    private static final JsonBuilderFactory JSON = Jsons.createBuilderFactory(Map.of());

    /** One attempt in its synced form, its digest, and when it was removed if it was. */
    record PackedAttempt(String id, JsonObject json, String digest, Optional<Long> removedAt) {
    }

    /** A chunk ready to sign: its number, body, hash, and what it carries. */
    record Packed(long no, String body, String hash, List<PackedAttempt> attempts, int auditEntries, long auditSeqAfter) {
        long removals() {
            return attempts.stream().filter(a -> a.removedAt().isPresent()).count();
        }
    }

    private final DbClient db;
    private final Path dataDirectory;
    private final SyncSettings settings;

    ChunkPacker(DbClient db, Path dataDirectory, SyncSettings settings) {
        this.db = db;
        this.dataDirectory = dataDirectory;
        this.settings = settings;
    }

    /** Every attempt whose synced form changed since it was last packed, removals first. */
    List<PackedAttempt> changedAttempts() {
        Map<String, String> packed = new HashMap<>();
        try (Stream<DbRow> rows = db.execute().namedQuery("sync-digests")) {
            rows.forEach(r -> packed.put(r.column("ATTEMPT_ID").get(String.class), r.column("DIGEST").get(String.class)));
        }
        Map<String, List<JsonObject>> events = grouped("sync-events", r -> JSON.createObjectBuilder()
                .add("seq", r.column("SEQ").get(Integer.class)).add("at", r.column("AT_MS").get(Long.class))
                .add("actor", r.column("ACTOR").get(String.class)).add("type", r.column("EVENT_TYPE").get(String.class))
                .add("data", r.column("DATA").get(String.class)).build());
        Map<String, List<JsonObject>> answers = grouped("sync-answers", r -> JSON.createObjectBuilder()
                .add("item", r.column("ITEM_ID").get(String.class)).add("seq", r.column("SEQ").get(Long.class))
                .add("response", r.column("RESPONSE").get(String.class)).add("savedAt", r.column("SAVED_AT").get(Long.class)).build());
        Map<String, List<JsonObject>> evidence = grouped("sync-evidence", ChunkPacker::evidence);

        List<PackedAttempt> changed = new ArrayList<>();
        try (Stream<DbRow> rows = db.execute().namedQuery("sync-attempts")) {
            rows.forEach(r -> {
                String id = r.column("ID").get(String.class);
                List<JsonObject> own = events.getOrDefault(id, List.of());
                int score = r.column("SCORE").get(Number.class).intValue();
                var attempt = JSON.createObjectBuilder();
                if (score >= 0) {
                    // graded on the room: the office counts results and pass marks from it
                    attempt.add("score", score);
                }
                JsonObject json = attempt
                        .add("id", id)
                        .add("examId", r.column("EXAM_ID").get(String.class))
                        .add("applicant", JSON.createObjectBuilder()
                                .add("id", r.column("APPLICANT_ID").get(String.class))
                                .add("surname", r.column("SURNAME").get(String.class))
                                .add("givenName", r.column("GIVEN_NAME").get(String.class))
                                .add("patronymic", text(r, "PATRONYMIC"))
                                .add("documentKey", r.column("DOCUMENT_KEY").get(String.class)))
                        .add("state", r.column("STATE").get(String.class))
                        .add("roomId", text(r, "ROOM_ID"))
                        .add("seat", text(r, "SEAT_LABEL"))
                        .add("variant", text(r, "VARIANT_ID"))
                        .add("version", r.column("VERSION").get(Long.class))
                        .add("events", array(own))
                        .add("answers", array(answers.getOrDefault(id, List.of())))
                        .add("evidence", array(evidence.getOrDefault(id, List.of())))
                        .build();
                // The digest covers the evidence metadata with each file's SHA-256, so the files are read
                // only for the attempts that are packed.
                String digest = ChunkSeal.hash(json.toString());
                if (!digest.equals(packed.get(id))) {
                    json = withSnapshots(json);
                    Optional<Long> removedAt = "REMOVED".equals(json.getString("state"))
                            ? own.stream().filter(e -> "Removed".equals(e.getString("type")))
                                    .map(e -> e.getJsonNumber("at").longValue()).reduce((a, b) -> b)
                            : Optional.empty();
                    changed.add(new PackedAttempt(id, json, digest, removedAt));
                }
            });
        }
        changed.sort(Comparator.comparing((PackedAttempt a) -> a.removedAt().isEmpty()).thenComparing(PackedAttempt::id));
        return changed;
    }

    /** The chunks for {@code changed} and the audit entries after {@code auditSeq}, numbered from {@code nextNo}. */
    List<Packed> pack(String site, long nextNo, String lastHash, long auditSeq, List<PackedAttempt> changed, long createdAt) {
        List<JsonObject> audit = new ArrayList<>();
        try (Stream<DbRow> rows = db.execute().namedQuery("audit-after", auditSeq)) {
            rows.forEach(r -> audit.add(JSON.createObjectBuilder()
                    .add("seq", r.column("SEQ").get(Long.class)).add("at", r.column("AT_MS").get(Long.class))
                    .add("actor", r.column("ACTOR").get(String.class)).add("origin", r.column("ORIGIN").get(String.class))
                    .add("action", r.column("ACTION").get(String.class)).add("subject", r.column("SUBJECT").get(String.class))
                    .add("details", r.column("DETAILS").get(String.class)).add("prevHash", r.column("PREV_HASH").get(String.class))
                    .add("hash", r.column("HASH").get(String.class)).build()));
        }
        List<Packed> chunks = new ArrayList<>();
        int a = 0;
        int e = 0;
        long no = nextNo;
        String prev = lastHash;
        long seq = auditSeq;
        while (a < changed.size() || e < audit.size()) {
            List<PackedAttempt> attempts = changed.subList(a, Math.min(changed.size(), a + settings.attemptsPerChunk()));
            List<JsonObject> entries = audit.subList(e, Math.min(audit.size(), e + settings.auditPerChunk()));
            JsonArrayBuilder attemptArray = JSON.createArrayBuilder();
            attempts.forEach(x -> attemptArray.add(x.json()));
            if (!entries.isEmpty()) {
                seq = entries.getLast().getJsonNumber("seq").longValue();
            }
            String body = JSON.createObjectBuilder()
                    .add("format", 1)
                    .add("site", site)
                    .add("no", no)
                    .add("prev", prev)
                    .add("createdAt", createdAt)
                    .add("exams", no == nextNo ? exams() : JSON.createArrayBuilder())
                    .add("attempts", attemptArray)
                    .add("audit", array(entries))
                    .build().toString();
            String hash = ChunkSeal.hash(body);
            chunks.add(new Packed(no, body, hash, List.copyOf(attempts), entries.size(), seq));
            a += attempts.size();
            e += entries.size();
            prev = hash;
            no++;
        }
        return chunks;
    }

    private JsonArrayBuilder exams() {
        JsonArrayBuilder exams = JSON.createArrayBuilder();
        try (Stream<DbRow> rows = db.execute().namedQuery("exam-all")) {
            rows.forEach(r -> exams.add(JSON.createObjectBuilder()
                    .add("id", r.column("ID").get(String.class)).add("subject", r.column("SUBJECT").get(String.class))
                    .add("programme", r.column("PROGRAMME").get(String.class)).add("stream", r.column("STREAM_NO").get(Integer.class))
                    .add("scheduledStart", r.column("SCHEDULED_START").get(Long.class))
                    .add("passMark", r.column("PASS_MARK").get(Integer.class)).add("maxScore", r.column("MAX_SCORE").get(Integer.class))));
        }
        return exams;
    }

    /** Evidence metadata; {@code path} is dropped again by {@link #withSnapshots} before anything is sent. */
    private static JsonObject evidence(DbRow r) {
        return JSON.createObjectBuilder()
                .add("id", r.column("ID").get(Long.class)).add("kind", r.column("KIND").get(String.class))
                .add("at", r.column("AT_MS").get(Long.class)).add("sha256", r.column("SHA256").get(String.class))
                .add("details", r.column("DETAILS").get(String.class))
                .add("path", r.column("PATH").get(String.class))
                .build();
    }

    /** The attempt as sent: each evidence item without its local path, with the file inline when it is small. */
    private JsonObject withSnapshots(JsonObject attempt) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (JsonObject item : attempt.getJsonArray("evidence").getValuesAs(JsonObject.class)) {
            JsonObjectBuilder b = JSON.createObjectBuilder(item).remove("path");
            Path file = dataDirectory.resolve(item.getString("path")).normalize();
            try {
                if (file.startsWith(dataDirectory) && Files.isRegularFile(file) && Files.size(file) <= settings.snapshotMaxBytes()) {
                    b.add("snapshot", Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Evidence file {0} cannot be read; only its metadata is sent", file);
            }
            items.add(b);
        }
        return JSON.createObjectBuilder(attempt).add("evidence", items).build();
    }

    private Map<String, List<JsonObject>> grouped(String statement, java.util.function.Function<DbRow, JsonObject> mapper) {
        Map<String, List<JsonObject>> byAttempt = new HashMap<>();
        try (Stream<DbRow> rows = db.execute().namedQuery(statement)) {
            rows.forEach(r -> byAttempt.computeIfAbsent(r.column("ATTEMPT_ID").get(String.class), k -> new ArrayList<>()).add(mapper.apply(r)));
        }
        return byAttempt;
    }

    private static JsonArrayBuilder array(List<JsonObject> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static String text(DbRow r, String column) {
        String value = r.column(column).get(String.class);
        return value == null ? "" : value;
    }
}
