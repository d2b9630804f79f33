package org.examroom.room.sync;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.examroom.common.sync.ChunkSeal;
import org.examroom.common.wire.Jsons;

/**
 * Sends the room's record to the office. Each round packs what changed into numbered chunks, keeps each
 * signed chunk in {@code <data>/sync/outbox} before it is recorded as packed, then sends the unacknowledged
 * ones strictly in order. A cut (the office unreachable, an answer lost) leaves the chunk unacknowledged,
 * and it is sent again, byte for byte, after a backoff of 1 s doubling up to 5 min; the office recognises
 * a chunk it already holds.
 */
public final class SyncAgent implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SyncAgent.class.getName());
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final DbClient db;
    private final Map<String, String> statements;
    private final SyncSettings settings;
    private final SiteKeys keys;
    private final String site;
    private final Optional<SyncTransport> transport;
    private final ChunkPacker packer;
    private final Path outbox;
    private final Clock clock;
    private final ZoneId zone;
    private final ReentrantLock round = new ReentrantLock();
    private final ScheduledExecutorService scheduler;

    private volatile Optional<String> lastProblem = Optional.empty();
    private volatile Optional<Instant> nextTry = Optional.empty();
    private volatile long changedAttempts;
    private Duration backoff = FIRST_BACKOFF;

    /**
     * An agent for the room's data folder; with a {@code transport} it sends, without one (no office
     * configured) it only reports what is waiting. Call {@link #startSchedule()} to run rounds by itself.
     */
    public SyncAgent(DbClient db, Map<String, String> statements, Path dataDirectory, SyncSettings settings,
            Optional<SyncTransport> transport, Clock clock) {
        this.db = db;
        this.statements = Map.copyOf(statements);
        this.settings = settings;
        this.transport = transport;
        this.clock = clock;
        this.zone = ZoneId.systemDefault();
        Path syncDirectory = dataDirectory.resolve("sync");
        this.keys = SiteKeys.loadOrCreate(syncDirectory);
        this.site = settings.siteId().orElseGet(() -> "site-" + ChunkSeal.hash(keys.publicKeyText()).substring(0, 12));
        this.outbox = syncDirectory.resolve("outbox");
        this.packer = new ChunkPacker(db, dataDirectory, settings);
        var pool = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "examroom-sync");
            t.setDaemon(true);
            return t;
        });
        // a retry waiting for its time must not run against a closed database once the controller stops
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        pool.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        this.scheduler = pool;
    }

    /** The agent the controller runs: HTTP to {@code examroom.sync.office-url} when set. */
    public static SyncAgent forRoom(DbClient db, Map<String, String> statements, Path dataDirectory, SyncSettings settings, Clock clock) {
        return new SyncAgent(db, statements, dataDirectory, settings, settings.officeUrl().map(url -> new HttpSyncTransport(url, settings.officeCa())), clock);
    }

    /** Runs a round every {@code examroom.sync.interval}, or sooner after a failure's backoff; only with an office. */
    public SyncAgent startSchedule() {
        if (transport.isPresent()) {
            scheduler.schedule(this::scheduledRound, 1, TimeUnit.SECONDS);
        }
        return this;
    }

    private void scheduledRound() {
        Duration wait;
        try {
            wait = syncNow() ? settings.interval() : backoff();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Sync round failed", e);
            lastProblem = Optional.of("Sync round failed: " + e.getMessage());
            wait = backoff();
        }
        nextTry = Optional.of(clock.instant().plus(wait));
        if (!scheduler.isShutdown()) {
            scheduler.schedule(this::scheduledRound, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized Duration backoff() {
        Duration wait = backoff;
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        return wait;
    }

    /**
     * One round: send every unacknowledged chunk in order, then pack what changed and send that too. True when everything
     * packed is acknowledged; false when a delivery failed (the rest waits for the next round).
     */
    public boolean syncNow() {
        round.lock();
        try {
            if (transport.isEmpty()) {
                changedAttempts = packer.changedAttempts().size();
                return false;
            }
            do {
                for (long no : unacknowledged()) {
                    if (!send(no)) {
                        return false;
                    }
                }
            } while (pack());
            synchronized (this) {
                backoff = FIRST_BACKOFF;
            }
            lastProblem = Optional.empty();
            return true;
        } finally {
            round.unlock();
        }
    }

    /** Packs every change into chunks, the files written before the database records them; false when nothing changed. */
    boolean pack() {
        List<ChunkPacker.PackedAttempt> changed = packer.changedAttempts();
        DbRow state = db.execute().namedGet("sync-state").orElseThrow();
        long nextNo = state.column("NEXT_NO").get(Long.class);
        List<ChunkPacker.Packed> chunks = packer.pack(site, nextNo, state.column("LAST_HASH").get(String.class),
                state.column("AUDIT_SEQ").get(Long.class), changed, clock.millis());
        if (chunks.isEmpty()) {
            changedAttempts = 0;
            return false;
        }
        for (ChunkPacker.Packed chunk : chunks) {
            String envelope = Jsons.createObjectBuilder().add("site", site).add("no", chunk.no()).add("body", chunk.body())
                    .add("signature", ChunkSeal.sign(keys.privateKey(), chunk.body())).build().toString();
            write(outbox.resolve(chunk.no() + ".json"), envelope);
        }
        // One transaction, in JDBC batches with the named statements' SQL: a first sync packs every attempt at once.
        try (Connection c = db.unwrap(Connection.class)) {
            c.setAutoCommit(false);
            try (PreparedStatement deleteDigest = c.prepareStatement(sql("sync-digest-delete"));
                    PreparedStatement insertDigest = c.prepareStatement(sql("sync-digest-insert"));
                    PreparedStatement deleteRemoval = c.prepareStatement(sql("sync-removal-delete"));
                    PreparedStatement insertRemoval = c.prepareStatement(sql("sync-removal-insert"));
                    PreparedStatement insertChunk = c.prepareStatement(sql("sync-chunk-insert"));
                    PreparedStatement moveState = c.prepareStatement(sql("sync-state-update"))) {
                long now = clock.millis();
                for (ChunkPacker.Packed chunk : chunks) {
                    for (ChunkPacker.PackedAttempt attempt : chunk.attempts()) {
                        batch(deleteDigest, attempt.id());
                        batch(insertDigest, attempt.id(), attempt.digest(), chunk.no());
                        if (attempt.removedAt().isPresent()) {
                            batch(deleteRemoval, attempt.id());
                            batch(insertRemoval, attempt.id(), attempt.removedAt().get(), chunk.no());
                        }
                    }
                    batch(insertChunk, chunk.no(), chunk.hash(), chunk.attempts().size(), chunk.auditEntries(), (int) chunk.removals(), now);
                }
                for (PreparedStatement statement : List.of(deleteDigest, insertDigest, deleteRemoval, insertRemoval, insertChunk)) {
                    statement.executeBatch();
                }
                ChunkPacker.Packed last = chunks.getLast();
                bind(moveState, last.no() + 1, last.hash(), last.auditSeqAfter(), nextNo);
                if (moveState.executeUpdate() != 1) {
                    throw new IllegalStateException("The sync state moved on while chunks were packed");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Packed chunks could not be recorded: " + e.getMessage(), e);
        }
        changedAttempts = 0;
        LOG.log(System.Logger.Level.INFO, "Packed sync chunks {0}–{1} ({2} attempts)", chunks.getFirst().no(),
                chunks.getLast().no(), changed.size());
        return true;
    }

    private boolean send(long no) {
        JsonObject envelope;
        try (var reader = Jsons.createReader(new StringReader(Files.readString(outbox.resolve(no + ".json"))))) {
            envelope = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("The packed chunk " + no + " is missing from " + outbox, e);
        }
        db.execute().namedUpdate("sync-chunk-sent", clock.millis(), no);
        SyncTransport.Delivery delivery = transport.orElseThrow().deliver(new SyncTransport.Envelope(site, no,
                envelope.getString("body"), envelope.getString("signature")));
        switch (delivery) {
            case SyncTransport.Delivery.Acknowledged a -> {
                DbTransaction tx = db.transaction();
                try {
                    tx.namedUpdate("sync-chunk-acked", clock.millis(), no);
                    tx.namedDelete("sync-removals-acked", no);
                    tx.commit();
                } catch (RuntimeException e) {
                    tx.rollback();
                    throw e;
                }
                return true;
            }
            case SyncTransport.Delivery.Refused r -> {
                lastProblem = Optional.of("The office refused chunk " + no + " (" + r.reason() + "): " + r.detail());
                LOG.log(System.Logger.Level.WARNING, lastProblem.get());
                return false;
            }
            case SyncTransport.Delivery.Unreachable u -> {
                lastProblem = Optional.of(u.detail());
                LOG.log(System.Logger.Level.INFO, "Chunk {0} not delivered: {1}", no, u.detail());
                return false;
            }
        }
    }

    private List<Long> unacknowledged() {
        try (Stream<DbRow> rows = db.execute().namedQuery("sync-chunks-unacked")) {
            return rows.map(r -> r.column("CHUNK_NO").get(Long.class)).toList();
        }
    }

    /** The figures for the console. */
    public SyncStatus status() {
        DbRow counts = db.execute().namedGet("sync-counts").orElseThrow();
        long chunks = number(counts, "CHUNKS");
        long sent = number(counts, "SENT");
        long acked = number(counts, "ACKED");
        long lastAck = number(counts, "LAST_ACK");
        Instant now = clock.instant();
        List<SyncStatus.RemovalAtRisk> atRisk = new ArrayList<>();
        try (Stream<DbRow> rows = db.execute().namedQuery("sync-removals-pending")) {
            rows.forEach(r -> {
                Instant removedAt = Instant.ofEpochMilli(r.column("REMOVED_AT").get(Long.class));
                if (RemovalDeadline.atRisk(removedAt, now, zone, settings.actWarning())) {
                    atRisk.add(new SyncStatus.RemovalAtRisk(r.column("ATTEMPT_ID").get(String.class), removedAt,
                            RemovalDeadline.of(removedAt, zone)));
                }
            });
        }
        return new SyncStatus(transport.isPresent(), site, keys.publicKeyText(), chunks - sent - acked, sent, acked,
                number(counts, "ATTEMPTS_UNACKED"), changedAttempts, lastAck == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastAck)),
                lastProblem, nextTry, atRisk);
    }

    /** The site's name at the office. */
    public String site() {
        return site;
    }

    /** The public key to register at the office. */
    public String publicKey() {
        return keys.publicKeyText();
    }

    private String sql(String name) {
        String sql = statements.get(name);
        if (sql == null) {
            throw new IllegalStateException("No named statement " + name + " in db.statements");
        }
        return sql;
    }

    private static void batch(PreparedStatement statement, Object... params) throws SQLException {
        bind(statement, params);
        statement.addBatch();
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
    }

    private static long number(DbRow row, String column) {
        return ((Number) row.column(column).get()).longValue();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".chunk", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the chunk " + file, e);
        }
    }

    /** Stops the schedule; a round under way finishes first. */
    @Override
    public void close() {
        scheduler.shutdown();
        round.lock();
        round.unlock();
    }
}
