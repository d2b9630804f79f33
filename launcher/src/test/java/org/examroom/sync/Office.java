package org.examroom.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.examroom.central.CentralOffice;
import org.examroom.central.OfficeSettings;
import org.examroom.common.audit.AuditChain;
import org.examroom.launcher.ExamRoom;
import picocli.CommandLine;

/**
 * A real central office on a free port: embedded Derby in a folder, or a fresh schema of the PostgreSQL
 * server named by {@code EXAMROOM_TEST_POSTGRES_URL}; restartable; with a small HTTP client for its API
 * and its command line.
 */
final class Office implements AutoCloseable {

    /** The databases an office runs on; the tests run on each. */
    enum Database {
        DERBY, POSTGRESQL;

        /**
         * An office on this database. Without {@code EXAMROOM_TEST_POSTGRES_URL} the PostgreSQL run is skipped (reported
         * as such), never passed silently.
         */
        Office open(Path data) {
            if (this == DERBY) {
                return derby(data);
            }
            assumeThat(POSTGRES_URL).as("EXAMROOM_TEST_POSTGRES_URL is not set, so the PostgreSQL run is skipped "
                    + "(.ci/run sets it; see docs/operations.md)").isNotBlank();
            Office office = postgres(data);
            assertThat(office.office.databaseKind()).isEqualTo("postgresql");
            return office;
        }
    }

    static final String TOKEN = "office-test-token";
    static final String POSTGRES_URL = System.getenv("EXAMROOM_TEST_POSTGRES_URL");

    final Path data;
    private final Optional<String> postgresSchemaUrl;
    private final Optional<String> schema;
    CentralOffice office;
    private HttpClient http;
    private int port;
    private boolean running;

    private Office(Path data, Optional<String> postgresSchemaUrl, Optional<String> schema) {
        this.data = data;
        this.postgresSchemaUrl = postgresSchemaUrl;
        this.schema = schema;
        start(0);
    }

    static Office derby(Path data) {
        return new Office(data, Optional.empty(), Optional.empty());
    }

    /** An office on a new, empty schema of the test PostgreSQL server, dropped again on close. */
    static Office postgres(Path data) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(POSTGRES_URL)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare a schema on " + POSTGRES_URL, e);
        }
        String url = POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Office(data, Optional.of(url), Optional.of(schema));
    }

    private void start(int wantedPort) {
        Map<String, String> config = new HashMap<>(Map.of("office.data", data.toString(), "server.port", Integer.toString(wantedPort),
                "office.admin-token", TOKEN));
        postgresSchemaUrl.ifPresent(url -> config.put("office.database.url", url));
        office = CentralOffice.start(OfficeSettings.load(Optional.empty(), config), Clock.systemUTC());
        port = office.port();
        http = HttpClient.newBuilder().sslContext(org.examroom.common.net.RoomTrust.sslContext(office.caFile().orElseThrow())).build();
        running = true;
    }

    /** Stops and starts again on the same port, as an office server that was restarted. */
    void restart() {
        stop();
        startAgain();
    }

    /** Stops the server and closes the database: to the rooms, the office is gone. */
    void stop() {
        running = false;
        office.close();
    }

    /** Starts again on the same data and port after {@link #stop}. */
    void startAgain() {
        start(port);
    }

    URI uri() {
        return office.localUri();
    }

    /** The office CA a room is given to trust. */
    Optional<java.nio.file.Path> ca() {
        return office.caFile();
    }

    record Reply(int status, String body) {
        JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri().resolve(path)).header("Authorization", "Bearer " + TOKEN).GET());
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(uri().resolve(path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply postChunk(String json) {
        return send(HttpRequest.newBuilder(uri().resolve("/api/v1/sync/chunks"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    void register(RoomSite room) {
        Reply reply = put("/api/v1/sites/" + room.site, Json.createObjectBuilder().add("name", "Аудитория " + room.site)
                .add("publicKey", room.agent.publicKey()).build().toString());
        if (reply.status() != 200) {
            throw new IllegalStateException("Registration failed: " + reply);
        }
    }

    /** Registers a room with its {@code site.pub} as the office's staff do: {@code examroom office register-site}. */
    void register(String site, Path siteKey) {
        Cli registered = cli("office", "register-site", site, siteKey.toString(), "--name", "Аудитория " + site);
        if (registered.exitCode() != 0) {
            throw new IllegalStateException("Registration failed: " + registered);
        }
    }

    /** What a run of {@code examroom ARGS --office URL --token T --ca FILE} printed and its exit code. */
    record Cli(int exitCode, String out, String err) {
        JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(out))) {
                return reader.read();
            }
        }
    }

    Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ExamRoom.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--office", uri().toString(), "--token", TOKEN, "--ca", ca().orElseThrow().toString())).toArray(String[]::new);
        int code = cli.execute(all);
        return new Cli(code, out.toString(), err.toString());
    }

    /**
     * The site's audit trail as the office stored it, checked again entry by entry against the room's hash rule,
     * straight from the office's database: the number of entries, or the first one that does not continue the chain.
     */
    long verifiedAuditEntries(String site) throws SQLException {
        String url = postgresSchemaUrl.orElse("jdbc:derby:" + data.resolve("db"));
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement q = c.prepareStatement("SELECT seq, at_ms, actor, origin, action, subject, details, prev_hash, hash "
                        + "FROM audit_entry WHERE site_id = ? ORDER BY seq")) {
            q.setString(1, site);
            long expected = 1;
            String prev = AuditChain.GENESIS;
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    long seq = r.getLong("seq");
                    String hash = AuditChain.hashOf(seq, Instant.ofEpochMilli(r.getLong("at_ms")), r.getString("actor"),
                            r.getString("origin"), r.getString("action"), r.getString("subject"), r.getString("details"), prev);
                    if (seq != expected || !prev.equals(r.getString("prev_hash")) || !hash.equals(r.getString("hash"))) {
                        throw new AssertionError("The office's copy of " + site + "'s audit trail breaks at entry " + seq);
                    }
                    prev = hash;
                    expected++;
                }
            }
            return expected - 1;
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (running) {
            stop();
        }
        schema.ifPresent(s -> {
            try (Connection c = DriverManager.getConnection(POSTGRES_URL)) {
                c.createStatement().execute("DROP SCHEMA " + s + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot drop the test schema " + s, e);
            }
        });
    }
}
