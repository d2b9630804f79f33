package org.examroom.central.intake;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.examroom.central.store.Columns;
import org.examroom.common.audit.AuditChain;
import org.examroom.common.sync.ChunkSeal;
import org.examroom.common.wire.Jsons;

/**
 * Takes in one site's chunks strictly in order. A chunk is stored only when its signature matches the
 * site's registered key, it follows the last accepted chunk, and its audit entries continue the site's
 * hash chain; an exact resend of an accepted chunk changes nothing; anything else is refused with its
 * reason and kept as a file for inspection.
 */
public final class SyncIntake {

    private static final System.Logger LOG = System.getLogger(SyncIntake.class.getName());
    private static final Pattern SITE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final DbClient db;
    private final Map<String, String> statements;
    private final Clock clock;
    private final Path refusedDirectory;
    private final Path evidenceDirectory;
    private final ConcurrentHashMap<String, ReentrantLock> siteLocks = new ConcurrentHashMap<>();

    /** {@code statements} are the named statements ({@code db.statements}), for the batches that store a chunk. */
    public SyncIntake(DbClient db, Map<String, String> statements, Path dataDirectory, Clock clock) {
        this.db = db;
        this.statements = Map.copyOf(statements);
        this.clock = clock;
        this.refusedDirectory = dataDirectory.resolve("refused");
        this.evidenceDirectory = dataDirectory.resolve("evidence");
    }

    /** Whether {@code id} can name a site (it becomes part of file names). */
    public static boolean validSiteId(String id) {
        return id != null && SITE_ID.matcher(id).matches();
    }

    /** Registers a site with its public key, or replaces the key and name of one already registered. */
    public Site register(String id, String name, String publicKey) {
        if (!validSiteId(id)) {
            throw new IllegalArgumentException("A site id is 1–64 letters, digits, dots, dashes or underscores");
        }
        if (ChunkSeal.publicKey(publicKey).isEmpty()) {
            throw new IllegalArgumentException("The public key is not a Base64 X.509 Ed25519 key");
        }
        lock(id).lock();
        try {
            if (site(id).isPresent()) {
                db.execute().namedUpdate("site-update-key", name, publicKey.strip(), id);
            } else {
                db.execute().namedInsert("site-insert", id, name, publicKey.strip(), clock.millis(), ChunkSeal.GENESIS, AuditChain.GENESIS);
            }
            return site(id).orElseThrow();
        } finally {
            lock(id).unlock();
        }
    }

    public Optional<Site> site(String id) {
        return db.execute().namedGet("site-get", id).map(SyncIntake::site);
    }

    public List<Site> sites() {
        try (Stream<DbRow> rows = db.execute().namedQuery("site-all")) {
            return rows.map(SyncIntake::site).toList();
        }
    }

    /**
     * Takes in one chunk as sent: {@code site}, {@code no}, {@code body} (the chunk's JSON as text, exactly
     * as signed) and {@code signature} (Base64 Ed25519 over the body's UTF-8 bytes).
     */
    public IntakeOutcome receive(String siteId, long no, String body, String signature) {
        String site = validSiteId(siteId) ? siteId : "invalid";
        lock(site).lock();
        try {
            return receiveLocked(site, no, body, signature);
        } finally {
            lock(site).unlock();
        }
    }

    private IntakeOutcome receiveLocked(String siteId, long no, String body, String signature) {
        Optional<Site> known = site(siteId);
        if (known.isEmpty()) {
            return refuse(siteId, no, body, signature, Refusal.UNKNOWN_SITE, "Site " + siteId + " is not registered at this office");
        }
        Site site = known.get();
        Optional<PublicKey> key = ChunkSeal.publicKey(site.publicKey());
        if (key.isEmpty() || !ChunkSeal.verify(key.get(), body, signature)) {
            return refuse(siteId, no, body, signature, Refusal.BAD_SIGNATURE,
                    "The signature does not match the chunk and the key registered for " + siteId);
        }
        String hash = ChunkSeal.hash(body);
        if (no <= site.lastChunkNo()) {
            Optional<String> stored = db.execute().namedGet("chunk-get", siteId, no).map(r -> Columns.text(r, "HASH"));
            if (stored.isPresent() && stored.get().equals(hash)) {
                return new IntakeOutcome.Duplicate(siteId, no);
            }
            return refuse(siteId, no, body, signature, Refusal.CONFLICTING_DUPLICATE,
                    "Chunk " + no + " was already accepted with a different content; the next expected is " + (site.lastChunkNo() + 1));
        }
        if (no != site.lastChunkNo() + 1) {
            return refuse(siteId, no, body, signature, Refusal.OUT_OF_ORDER,
                    "Chunk " + no + " arrived before chunk " + (site.lastChunkNo() + 1));
        }
        JsonObject chunk;
        try (var reader = Jsons.createReader(new StringReader(body))) {
            chunk = reader.readObject();
            if (!siteId.equals(chunk.getString("site")) || chunk.getJsonNumber("no").longValueExact() != no) {
                return refuse(siteId, no, body, signature, Refusal.MALFORMED, "The chunk's own site and number differ from the envelope's");
            }
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            return refuse(siteId, no, body, signature, Refusal.MALFORMED, "The chunk is not valid: " + e.getMessage());
        }
        if (!site.lastHash().equals(chunk.getString("prev", ""))) {
            return refuse(siteId, no, body, signature, Refusal.BROKEN_CHUNK_CHAIN,
                    "Chunk " + no + " does not follow the last accepted chunk " + site.lastChunkNo());
        }
        List<JsonObject> audit = chunk.getJsonArray("audit").getValuesAs(JsonObject.class);
        Optional<String> auditBreak = auditBreak(site, audit);
        if (auditBreak.isPresent()) {
            return refuse(siteId, no, body, signature, Refusal.BROKEN_AUDIT_CHAIN, auditBreak.get());
        }
        try {
            return store(site, no, hash, chunk, audit);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Chunk " + no + " of " + siteId + " could not be stored", e);
            return refuse(siteId, no, body, signature, Refusal.MALFORMED, "The chunk could not be stored: " + e.getMessage());
        }
    }

    /** The first audit entry that does not continue the chain, if any. */
    private static Optional<String> auditBreak(Site site, List<JsonObject> audit) {
        long expected = site.auditSeq() + 1;
        String prev = site.auditHash();
        for (JsonObject e : audit) {
            long seq = e.getJsonNumber("seq").longValue();
            if (seq != expected) {
                return Optional.of("Audit entry " + expected + " is missing (the chunk has " + seq + ")");
            }
            String hash = AuditChain.hashOf(seq, Instant.ofEpochMilli(e.getJsonNumber("at").longValue()), e.getString("actor"),
                    e.getString("origin"), e.getString("action"), e.getString("subject"), e.getString("details"), prev);
            if (!prev.equals(e.getString("prevHash")) || !hash.equals(e.getString("hash"))) {
                return Optional.of("Audit entry " + seq + " (" + e.getString("action") + ") does not match its hash chain");
            }
            prev = hash;
            expected++;
        }
        return Optional.empty();
    }

    /**
     * Stores the chunk in one transaction. The rows go in JDBC batches on a connection of the client's
     * pool, with the SQL of the named statements: one round trip per statement and chunk rather than per
     * row is what lets 10,000 attempts arrive in seconds.
     */
    private IntakeOutcome store(Site site, long no, String hash, JsonObject chunk, List<JsonObject> audit) {
        String siteId = site.id();
        List<JsonObject> attempts = chunk.getJsonArray("attempts").getValuesAs(JsonObject.class);
        for (JsonObject attempt : attempts) {
            for (JsonObject evidence : attempt.getJsonArray("evidence").getValuesAs(JsonObject.class)) {
                keepSnapshot(siteId, evidence);
            }
        }
        try (Connection c = db.unwrap(Connection.class)) {
            c.setAutoCommit(false);
            try {
                Batches batches = new Batches(c);
                for (JsonObject exam : chunk.getJsonArray("exams").getValuesAs(JsonObject.class)) {
                    batches.add("exam-delete", siteId, exam.getString("id"));
                    batches.add("exam-insert", siteId, exam.getString("id"), exam.getString("subject"), exam.getString("programme"),
                            exam.getInt("stream"), exam.getJsonNumber("scheduledStart").longValue(), exam.getInt("passMark"), exam.getInt("maxScore"));
                }
                batches.flush();
                for (JsonObject attempt : attempts) {
                    for (String delete : List.of("attempt-delete", "events-delete", "answers-delete", "evidence-delete")) {
                        batches.add(delete, siteId, attempt.getString("id"));
                    }
                }
                batches.flush();
                for (JsonObject attempt : attempts) {
                    addAttempt(batches, siteId, attempt);
                }
                long auditSeq = site.auditSeq();
                String auditHash = site.auditHash();
                for (JsonObject e : audit) {
                    auditSeq = e.getJsonNumber("seq").longValue();
                    auditHash = e.getString("hash");
                    batches.add("audit-insert", siteId, auditSeq, e.getJsonNumber("at").longValue(), e.getString("actor"),
                            e.getString("origin"), e.getString("action"), e.getString("subject"), e.getString("details"),
                            e.getString("prevHash"), auditHash);
                }
                batches.add("chunk-insert", siteId, no, hash, clock.millis(), attempts.size(), audit.size());
                batches.flush();
                int advanced = batches.update("site-advance", no, hash, auditSeq, auditHash, siteId, site.lastChunkNo());
                if (advanced != 1) {
                    throw new IllegalStateException("Site " + siteId + " moved on while chunk " + no + " was stored");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused chunk " + no + " of " + siteId + ": " + e.getMessage(), e);
        }
        return new IntakeOutcome.Accepted(siteId, no, attempts.size(), audit.size());
    }

    private static void addAttempt(Batches batches, String siteId, JsonObject a) throws SQLException {
        String id = a.getString("id");
        JsonObject applicant = a.getJsonObject("applicant");
        batches.add("attempt-insert", siteId, id, a.getString("examId"), applicant.getString("id"), applicant.getString("surname"),
                applicant.getString("givenName"), applicant.getString("patronymic", ""), applicant.getString("documentKey"),
                a.getString("state"), a.getString("roomId", ""), a.getString("seat", ""), a.getString("variant", ""),
                a.getJsonNumber("version").longValue(), a.containsKey("score") && a.get("score") != JsonValue.NULL ? a.getInt("score") : -1);
        for (JsonObject e : a.getJsonArray("events").getValuesAs(JsonObject.class)) {
            batches.add("event-insert", siteId, id, e.getInt("seq"), e.getJsonNumber("at").longValue(), e.getString("actor"),
                    e.getString("type"), e.getString("data"));
        }
        for (JsonObject r : a.getJsonArray("answers").getValuesAs(JsonObject.class)) {
            batches.add("answer-insert", siteId, id, r.getString("item"), r.getJsonNumber("seq").longValue(), r.getString("response"),
                    r.getJsonNumber("savedAt").longValue());
        }
        for (JsonObject v : a.getJsonArray("evidence").getValuesAs(JsonObject.class)) {
            batches.add("evidence-insert", siteId, id, v.getJsonNumber("id").longValue(), v.getString("kind"),
                    v.getJsonNumber("at").longValue(), v.getString("sha256"), v.getString("details"), v.containsKey("snapshot"));
        }
    }

    /** Prepared statements by name, each collecting a batch until flushed, in the order first used. */
    private final class Batches {
        private final Connection connection;
        private final Map<String, PreparedStatement> open = new LinkedHashMap<>();

        Batches(Connection connection) {
            this.connection = connection;
        }

        void add(String name, Object... params) throws SQLException {
            PreparedStatement statement = open.get(name);
            if (statement == null) {
                statement = connection.prepareStatement(sql(name));
                open.put(name, statement);
            }
            bind(statement, params);
            statement.addBatch();
        }

        int update(String name, Object... params) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql(name))) {
                bind(statement, params);
                return statement.executeUpdate();
            }
        }

        void flush() throws SQLException {
            for (PreparedStatement statement : open.values()) {
                statement.executeBatch();
                statement.close();
            }
            open.clear();
        }

        private void bind(PreparedStatement statement, Object... params) throws SQLException {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
        }
    }

    private String sql(String name) {
        String sql = statements.get(name);
        if (sql == null) {
            throw new IllegalStateException("No named statement " + name + " in db.statements");
        }
        return sql;
    }

    /** Keeps a small snapshot under its hash, after checking that the bytes are the ones the room hashed. */
    private void keepSnapshot(String siteId, JsonObject evidence) {
        if (!evidence.containsKey("snapshot")) {
            return;
        }
        String sha256 = evidence.getString("sha256");
        byte[] bytes = Base64.getDecoder().decode(evidence.getString("snapshot"));
        if (!SHA256.matcher(sha256).matches() || !sha256Hex(bytes).equals(sha256)) {
            throw new IllegalArgumentException("A snapshot does not match its SHA-256");
        }
        Path file = evidenceDirectory.resolve(siteId).resolve(sha256);
        if (Files.exists(file)) {
            return;
        }
        writeAtomically(file, bytes);
    }

    private IntakeOutcome refuse(String siteId, long no, String body, String signature, Refusal reason, String detail) {
        String id = UUID.randomUUID().toString();
        String fileName = siteId + "-" + no + "-" + id + ".json";
        String kept = Jsons.createObjectBuilder().add("site", siteId).add("no", no).add("reason", reason.wireName())
                .add("detail", detail).add("signature", signature == null ? "" : signature).add("body", body == null ? "" : body)
                .build().toString();
        writeAtomically(refusedDirectory.resolve(fileName), kept.getBytes(StandardCharsets.UTF_8));
        db.execute().namedInsert("refused-insert", id, siteId, no, reason.wireName(), truncate(detail, 1000), clock.millis(), fileName);
        LOG.log(System.Logger.Level.WARNING, "Refused chunk {0} of {1}: {2} ({3})", no, siteId, reason.wireName(), detail);
        return new IntakeOutcome.Refused(siteId, no, reason, detail, id);
    }

    /** Refused chunks, oldest first: id, site, no, reason, detail, received at, file in {@code <data>/refused}. */
    public List<RefusedChunk> refused() {
        try (Stream<DbRow> rows = db.execute().namedQuery("refused-all")) {
            return rows.map(r -> new RefusedChunk(Columns.text(r, "ID"), Columns.text(r, "SITE_ID"),
                    Columns.number(r, "CHUNK_NO"), Columns.text(r, "REASON"), Columns.text(r, "DETAIL"),
                    Instant.ofEpochMilli(Columns.number(r, "RECEIVED_AT")), refusedDirectory.resolve(Columns.text(r, "FILE_NAME"))))
                    .toList();
        }
    }

    /** A refused chunk as recorded; {@code file} holds what arrived. */
    public record RefusedChunk(String id, String site, long no, String reason, String detail, Instant receivedAt, Path file) {
    }

    private ReentrantLock lock(String siteId) {
        return siteLocks.computeIfAbsent(siteId, k -> new ReentrantLock());
    }

    private static Site site(DbRow r) {
        return new Site(Columns.text(r, "ID"), Columns.text(r, "NAME"), Columns.text(r, "PUBLIC_KEY"),
                Instant.ofEpochMilli(Columns.number(r, "REGISTERED_AT")), Columns.number(r, "LAST_CHUNK_NO"),
                Columns.text(r, "LAST_HASH"), Columns.number(r, "AUDIT_SEQ"), Columns.text(r, "AUDIT_HASH"));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".incoming", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
