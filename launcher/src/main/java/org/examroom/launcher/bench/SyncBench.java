package org.examroom.launcher.bench;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbTransaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.examroom.central.CentralOffice;
import org.examroom.central.OfficeSettings;
import org.examroom.room.RoomSettings;
import org.examroom.room.store.RoomDatabase;
import org.examroom.room.sync.HttpSyncTransport;
import org.examroom.room.sync.SyncAgent;
import org.examroom.room.sync.SyncSettings;
import org.examroom.room.sync.SyncStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code examroom bench sync}: fills a room's Derby database with N finished attempts (events, answers, a
 * small snapshot each), then times one sync of all of them to an office over HTTP — packing, signing,
 * sending, checking and storing — against the office on Derby and, when a URL is given, on PostgreSQL.
 * The goal is under 30 s for 10,000 attempts.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Times syncing N attempts from one room to the office (Derby, and PostgreSQL when given).",
            "Скорость передачи 10 000 работ из аудитории в приёмную комиссию."})
public final class SyncBench implements Callable<Integer> {

    @Option(names = "--attempts", paramLabel = "N", description = "Attempts in the room (default: 10000).")
    int attempts = 10_000;

    @Option(names = "--postgres-url", paramLabel = "JDBC",
            description = "Also run against this PostgreSQL (default: EXAMROOM_TEST_POSTGRES_URL when set); a fresh schema is made and dropped.")
    String postgresUrl = System.getenv("EXAMROOM_TEST_POSTGRES_URL");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final int EVENTS = 4;
    private static final int ANSWERS = 10;
    private static final int SNAPSHOT_BYTES = 2048;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "sync: %d attempts, each with %d events, %d answers and a %d-byte snapshot; %d cores%n",
                attempts, EVENTS, ANSWERS, SNAPSHOT_BYTES, Runtime.getRuntime().availableProcessors());
        out.flush();
        int failures = run(out, "derby", Optional.empty());
        if (postgresUrl != null && !postgresUrl.isBlank()) {
            failures += run(out, "postgresql", Optional.of(postgresUrl));
        } else {
            out.println("sync postgresql: skipped (no --postgres-url and no EXAMROOM_TEST_POSTGRES_URL)");
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private int run(PrintWriter out, String name, Optional<String> postgres) throws Exception {
        Path dir = Files.createTempDirectory("examroom-bench-sync");
        Optional<String> schema = postgres.map(url -> createSchema(url));
        try {
            Map<String, String> officeConfig = new java.util.HashMap<>(Map.of("office.data", dir.resolve("office").toString(),
                    "server.port", "0", "office.admin-token", UUID.randomUUID().toString()));
            postgres.ifPresent(url -> officeConfig.put("office.database.url",
                    url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema.orElseThrow()));
            RoomSettings room = RoomSettings.load(Optional.empty(), Map.of("examroom.data", dir.resolve("room").toString(),
                    "examroom.sync.site-id", "bench-room", "examroom.sync.office-url", "http://localhost"));
            try (CentralOffice office = CentralOffice.start(OfficeSettings.load(Optional.empty(), officeConfig), Clock.systemUTC());
                    RoomDatabase database = RoomDatabase.open(room.dataDirectory(), room.database())) {
                long seedStart = System.nanoTime();
                seed(database.client(), room.dataDirectory(), attempts);
                out.printf(Locale.ROOT, "sync %s: room filled in %.1f s (not timed)%n", name, (System.nanoTime() - seedStart) / 1e9);
                out.flush();
                try (SyncAgent agent = new SyncAgent(database.client(), SyncSettings.statements(room.database()), room.dataDirectory(),
                        SyncSettings.from(room.sync()),
                        Optional.of(new HttpSyncTransport(office.localUri(), office.caFile())), Clock.systemUTC())) {
                    office.intake().register(agent.site(), "Bench room", agent.publicKey());
                    long start = System.nanoTime();
                    boolean done = agent.syncNow();
                    double seconds = (System.nanoTime() - start) / 1e9;
                    SyncStatus status = agent.status();
                    int stored = office.views().results(Optional.empty(), Optional.empty()).size();
                    out.printf(Locale.ROOT, "sync %s: %d attempts in %.1f s = %.0f attempts/s; %d chunks acknowledged; office holds %d%s%n",
                            name, attempts, seconds, attempts / seconds, status.acknowledgedChunks(), stored,
                            done && stored == attempts ? "" : " — INCOMPLETE: " + status.lastProblem().orElse("?"));
                    out.flush();
                    return done && stored == attempts ? 0 : 1;
                }
            }
        } finally {
            schema.ifPresent(s -> dropSchema(postgres.orElseThrow(), s));
            deleteTree(dir);
        }
    }

    /** N finished attempts in one transaction through the controller's own statements. */
    static void seed(DbClient db, Path data, int count) throws IOException {
        DbTransaction tx = db.transaction();
        try {
            tx.namedInsert("exam-insert", "BENCH-1", "Математика", "Бакалавриат", "IN_ROOM", 1, 1_784_097_000_000L, 240, 39, 100, "",
                    "STRICT", "V1,V2");
            byte[] snapshot = new byte[SNAPSHOT_BYTES];
            Path evidence = data.resolve("evidence");
            for (int i = 0; i < count; i++) {
                String applicant = "B-%05d".formatted(i);
                String attempt = "BENCH-1:" + applicant;
                tx.namedInsert("applicant-insert", applicant, "Фамилия" + i, "Имя", "", "PASSPORT", "4510 " + i, "4510" + i, 0, false, false, false);
                tx.namedInsert("attempt-insert", attempt, applicant, "BENCH-1");
                String[][] steps = {{"ADMITTED", "Admitted"}, {"IN_PROGRESS", "TestStarted"}, {"IN_PROGRESS", "TimeExtended"}, {"SUBMITTED", "Submitted"}};
                for (int e = 0; e < EVENTS; e++) {
                    tx.namedInsert("attempt-event-insert", attempt, e + 1, 1_784_097_000_000L + e * 60_000L, "staff:S-1", steps[e][1], "{}");
                }
                tx.namedUpdate("attempt-state", "SUBMITTED", attempt, 0L);
                for (int a = 0; a < ANSWERS; a++) {
                    tx.namedInsert("answer-insert", attempt, "item-" + a, 1L, "{\"choice\":\"B\"}", 1_784_098_000_000L);
                }
                snapshot[0] = (byte) i;
                snapshot[1] = (byte) (i >> 8);
                Path file = evidence.resolve("b" + i + ".jpg");
                Files.createDirectories(evidence);
                Files.write(file, snapshot);
                tx.namedInsert("evidence-insert", attempt, "PROCTOR_SNAPSHOT", 1_784_098_100_000L, data.relativize(file).toString(),
                        sha256(snapshot), "{}");
            }
            tx.commit();
        } catch (RuntimeException | IOException e) {
            tx.rollback();
            throw e;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String createSchema(String url) {
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
            return schema;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make a schema on the PostgreSQL server: " + e.getMessage(), e);
        }
    }

    private static void dropSchema(String url, String schema) {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the bench schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
