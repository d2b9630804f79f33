package org.examroom.room.audit;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.examroom.common.wire.Jsons;

/**
 * Writes changes together with their audit entries in one transaction, one writer at a time so the chain
 * stays linear: a change is never committed without its entry, nor an entry without its change.
 */
public final class AuditLog {

    private final DbClient db;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock(true);
    private long lastSeq;
    private String lastHash;

    private AuditLog(DbClient db, Clock clock, long lastSeq, String lastHash) {
        this.db = db;
        this.clock = clock;
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
    }

    /** Opens the log, continuing the chain from its last entry. */
    public static AuditLog open(DbClient db, Clock clock) {
        Optional<DbRow> last = db.execute().namedGet("audit-last");
        return last.map(row -> new AuditLog(db, clock, row.column("SEQ").get(Long.class), row.column("HASH").get(String.class)))
                .orElseGet(() -> new AuditLog(db, clock, 0, AuditEntry.GENESIS));
    }

    /** What the work may do inside the transaction: run statements and record audit entries. */
    public interface Recorder {
        DbTransaction tx();

        Instant now();

        void record(String actor, String origin, String action, String subject, JsonObject details);

        /** Runs {@code action} once the transaction has committed (to update what is kept in memory). */
        void afterCommit(Runnable action);
    }

    /**
     * Runs {@code work} in a transaction, appends what it recorded to the chain, and commits; rolls back
     * everything if the work throws.
     */
    public <T> T write(Function<Recorder, T> work) {
        lock.lock();
        try {
            DbTransaction tx = db.transaction();
            Instant now = clock.instant();
            List<String[]> pending = new ArrayList<>();
            List<Runnable> afterCommit = new ArrayList<>();
            T result;
            try {
                result = work.apply(new Recorder() {
                    @Override
                    public DbTransaction tx() {
                        return tx;
                    }

                    @Override
                    public Instant now() {
                        return now;
                    }

                    @Override
                    public void record(String actor, String origin, String action, String subject, JsonObject details) {
                        pending.add(new String[] {actor, origin, action, subject, details.toString()});
                    }

                    @Override
                    public void afterCommit(Runnable action) {
                        afterCommit.add(action);
                    }
                });
                long seq = lastSeq;
                String prev = lastHash;
                for (String[] e : pending) {
                    seq++;
                    String hash = AuditEntry.hashOf(seq, now, e[0], e[1], e[2], e[3], e[4], prev);
                    tx.namedInsert("audit-append", seq, now.toEpochMilli(), e[0], e[1], e[2], e[3], e[4], prev, hash);
                    prev = hash;
                }
                tx.commit();
                lastSeq = seq;
                lastHash = prev;
                afterCommit.forEach(Runnable::run);
                return result;
            } catch (RuntimeException | Error e) {
                tx.rollback();
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** The log's clock's current time. */
    public Instant now() {
        return clock.instant();
    }

    /** Records a single action with nothing else to change. */
    public void record(String actor, String origin, String action, String subject, JsonObject details) {
        write(r -> {
            r.record(actor, origin, action, subject, details);
            return null;
        });
    }

    /** Entries after {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<AuditEntry> entries(long afterSeq, int limit) {
        try (Stream<DbRow> rows = db.execute().namedQuery("audit-after", afterSeq)) {
            return rows.limit(limit).map(AuditLog::entry).toList();
        }
    }

    /** Recomputes the chain from the first entry; the first broken link is reported. */
    public Verification verify() {
        try (Stream<DbRow> rows = db.execute().namedQuery("audit-after", 0L)) {
            String prev = AuditEntry.GENESIS;
            long expectedSeq = 1;
            long count = 0;
            for (var it = rows.iterator(); it.hasNext(); ) {
                AuditEntry entry = entry(it.next());
                if (entry.seq() != expectedSeq) {
                    return new Verification(count, Optional.of("entry " + expectedSeq + " is missing (next is " + entry.seq() + ")"));
                }
                if (!entry.intact(prev)) {
                    return new Verification(count, Optional.of("entry " + entry.seq() + " (" + entry.action() + ") does not match its hash"));
                }
                prev = entry.hash();
                expectedSeq++;
                count++;
            }
            return new Verification(count, Optional.empty());
        }
    }

    /** The outcome of a verification: how many entries were checked, and the first break if any. */
    public record Verification(long entries, Optional<String> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** An empty details object. */
    public static JsonObject none() {
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    /** Details as alternating names and values. */
    public static JsonObject details(Object... namesAndValues) {
        var b = Jsons.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            if (v != null) {
                b.add((String) namesAndValues[i], v.toString());
            }
        }
        return b.build();
    }

    private static AuditEntry entry(DbRow row) {
        return new AuditEntry(row.column("SEQ").get(Long.class), Instant.ofEpochMilli(row.column("AT_MS").get(Long.class)),
                row.column("ACTOR").get(String.class), row.column("ORIGIN").get(String.class),
                row.column("ACTION").get(String.class), row.column("SUBJECT").get(String.class),
                row.column("DETAILS").get(String.class), row.column("PREV_HASH").get(String.class),
                row.column("HASH").get(String.class));
    }
}
