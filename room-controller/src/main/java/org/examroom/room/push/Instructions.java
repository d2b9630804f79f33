package org.examroom.room.push;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.examroom.common.wire.Jsons;
import org.examroom.room.store.Rows;

/**
 * What a terminal is told on its heartbeat replies — show a message, pause, resume, extend, lock,
 * remove — kept in Derby until the terminal acknowledges it, and served from memory, so a heartbeat
 * costs no query.
 */
public final class Instructions {

    /** The kinds of instruction a terminal acts on. */
    public enum Kind {
        MESSAGE,
        PAUSE,
        RESUME,
        EXTEND,
        LOCK,
        REMOVE,
        FINISHED
    }

    /** One instruction: its id (to acknowledge), kind and payload. */
    public record Instruction(long id, String terminalId, Kind kind, JsonObject payload, Instant createdAt) {
        public JsonObject json() {
            return Jsons.createObjectBuilder().add("id", id).add("kind", kind.name()).add("payload", payload)
                    .add("createdAt", createdAt.toString()).build();
        }
    }

    private final DbClient db;
    private final Map<String, List<Instruction>> pending = new ConcurrentHashMap<>();

    public Instructions(DbClient db) {
        this.db = db;
        reload(db.execute());
    }

    /** Queues an instruction inside the caller's transaction; call {@link #reload} after it commits. */
    public void add(DbExecute tx, String terminalId, Kind kind, JsonObject payload, Instant now) {
        tx.namedInsert("instruction-insert", terminalId, kind.name(), payload.toString(), now.toEpochMilli());
    }

    /** Reloads the pending instructions from the database (after a commit that added some). */
    public void reload() {
        reload(db.execute());
    }

    private void reload(DbExecute ex) {
        Map<String, List<Instruction>> fresh = new ConcurrentHashMap<>();
        try (Stream<DbRow> rows = ex.namedQuery("instructions-pending")) {
            rows.forEach(row -> {
                JsonObject payload;
                try (var reader = Jsons.createReader(new StringReader(Rows.string(row, "PAYLOAD")))) {
                    payload = reader.readObject();
                }
                Instruction i = new Instruction(Rows.longValue(row, "ID"), Rows.string(row, "TERMINAL_ID"),
                        Kind.valueOf(Rows.string(row, "KIND")), payload, Instant.ofEpochMilli(Rows.longValue(row, "CREATED_AT")));
                fresh.computeIfAbsent(i.terminalId(), t -> new CopyOnWriteArrayList<>()).add(i);
            });
        }
        pending.clear();
        pending.putAll(fresh);
    }

    /** What the terminal has not acknowledged yet, oldest first. */
    public List<Instruction> pendingFor(String terminalId) {
        return pending.getOrDefault(terminalId, List.of());
    }

    /** Marks the instructions acknowledged by the terminal; ids of other terminals are ignored. */
    public void acknowledge(String terminalId, List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> done = new ArrayList<>();
        for (long id : ids) {
            if (db.execute().namedUpdate("instruction-ack", now.toEpochMilli(), id, terminalId) == 1) {
                done.add(id);
            }
        }
        List<Instruction> list = pending.get(terminalId);
        if (list != null) {
            list.removeIf(i -> ids.contains(i.id()));
        }
    }
}
