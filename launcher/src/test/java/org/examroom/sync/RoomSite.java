package org.examroom.sync;

import io.helidon.dbclient.DbClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.examroom.room.RoomSettings;
import org.examroom.room.store.RoomDatabase;
import org.examroom.room.sync.HttpSyncTransport;
import org.examroom.room.sync.SyncAgent;
import org.examroom.room.sync.SyncSettings;
import org.examroom.room.sync.SyncTransport;

/**
 * One room as the sync sees it: its real Derby database in a data folder, filled through the controller's
 * own named statements, and its sync agent talking to the office through a transport the test can cut.
 */
final class RoomSite implements AutoCloseable {

    final String site;
    final Path data;
    final CuttableTransport transport;
    private final Map<String, String> syncConfig;
    RoomDatabase database;
    SyncAgent agent;

    RoomSite(String site, Path data, URI office, Optional<Path> officeCa, int attemptsPerChunk) {
        this.site = site;
        this.data = data;
        this.transport = new CuttableTransport(new HttpSyncTransport(office, officeCa));
        this.syncConfig = Map.of("examroom.sync.site-id", site, "examroom.sync.attempts-per-chunk", Integer.toString(attemptsPerChunk));
        open();
    }

    /** Opens the database and a new agent over it, as a restarted controller does. */
    void open() {
        var config = new java.util.HashMap<>(syncConfig);
        config.put("examroom.data", data.toString());
        RoomSettings settings = RoomSettings.load(Optional.empty(), config);
        database = RoomDatabase.open(data, settings.database());
        agent = new SyncAgent(database.client(), SyncSettings.statements(settings.database()), data, SyncSettings.from(settings.sync()), Optional.of(transport), Clock.systemUTC());
    }

    /** Stops the agent and shuts the database down, as a controller that is switched off. */
    void restart() {
        close();
        open();
    }

    DbClient db() {
        return database.client();
    }

    void exam(String id, String subject, int stream, int passMark) {
        db().execute().namedInsert("exam-insert", id, subject, "Бакалавриат", "IN_ROOM", stream, 1_784_097_000_000L + stream * 86_400_000L,
                240, passMark, 100, "", "STRICT", "V1,V2", 1, 20, "in-room");
    }

    /** The room's result for an attempt, as grading writes it. */
    void result(String attemptId, String status, int points, boolean passed) {
        db().execute().namedInsert("result-insert", attemptId, status, points, passed, "", "", 0, 1_784_100_000_000L, "{}");
    }

    void applicant(String id, String surname, String givenName) {
        db().execute().namedInsert("applicant-insert", id, surname, givenName, "", "PASSPORT", id + "-0001", id.toLowerCase(), 0, false, false, false);
    }

    /** An attempt taken through {@code states} (each a state change with its event), with answers when it was submitted. */
    void attempt(String applicant, String exam, String finalState, int answers) {
        String id = exam + ":" + applicant;
        db().execute().namedInsert("attempt-insert", id, applicant, exam);
        long at = 1_784_097_000_000L;
        int seq = 0;
        long version = 0;
        for (String[] step : switch (finalState) {
            case "ABSENT" -> new String[][] {{"ABSENT", "MarkedAbsent", "{}"}};
            case "REMOVED" -> new String[][] {{"ADMITTED", "Admitted", "{}"}, {"IN_PROGRESS", "TestStarted", "{}"},
                {"REMOVED", "Removed", "{\"actNumber\":\"A-" + applicant + "\",\"rule\":\"phone\",\"reason\":\"Телефон на столе\"}"}};
            case "TECHNICAL_FAILURE" -> new String[][] {{"ADMITTED", "Admitted", "{}"}, {"IN_PROGRESS", "TestStarted", "{}"},
                {"TECHNICAL_FAILURE", "TechnicalFailure", "{\"description\":\"terminal froze\"}"}};
            case "SUBMITTED" -> new String[][] {{"ADMITTED", "Admitted", "{}"}, {"IN_PROGRESS", "TestStarted", "{}"},
                {"SUBMITTED", "Submitted", "{\"timeRanOut\":false}"}};
            default -> new String[0][];
        }) {
            seq++;
            at += 60_000;
            db().execute().namedInsert("attempt-event-insert", id, seq, at, "staff:S-1", step[1], step[2]);
            db().execute().namedUpdate("attempt-state", step[0], id, version++);
        }
        for (int i = 1; i <= answers; i++) {
            db().execute().namedInsert("answer-insert", id, "item-" + i, 1L, "{\"choice\":\"" + (char) ('A' + i % 4) + "\"}", at);
        }
    }

    /** A small snapshot file kept as evidence of the attempt. */
    void snapshot(String attemptId, byte[] content) throws Exception {
        Path file = data.resolve("evidence").resolve(attemptId.replace(':', '_')).resolve("snap.jpg");
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        db().execute().namedInsert("evidence-insert", attemptId, "PROCTOR_SNAPSHOT", 1_784_097_600_000L,
                data.relativize(file).toString(), sha, "{\"signal\":\"second-face\"}");
    }

    @Override
    public void close() {
        agent.close();
        database.close();
    }

    /** A transport that can be cut before a chunk leaves, or after it arrived but before the answer returns. */
    static final class CuttableTransport implements SyncTransport {
        private final SyncTransport real;
        volatile int deliverBeforeCut = Integer.MAX_VALUE;
        volatile boolean loseNextAnswer;
        volatile int delivered;

        CuttableTransport(SyncTransport real) {
            this.real = real;
        }

        @Override
        public Delivery deliver(Envelope envelope) {
            if (delivered >= deliverBeforeCut) {
                return new Delivery.Unreachable("network cut (test)");
            }
            Delivery answer = real.deliver(envelope);
            delivered++;
            if (loseNextAnswer) {
                loseNextAnswer = false;
                return new Delivery.Unreachable("answer lost (test)");
            }
            return answer;
        }

        void heal() {
            deliverBeforeCut = Integer.MAX_VALUE;
        }
    }
}
