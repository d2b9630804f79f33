package org.examroom.sync;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.examroom.central.CentralOffice;
import org.examroom.central.OfficeSettings;

/**
 * A real central office on a free port: embedded Derby in a folder, or a fresh schema of the PostgreSQL
 * server named by {@code EXAMROOM_TEST_POSTGRES_URL}; restartable; with a small HTTP client for its API.
 */
final class Office implements AutoCloseable {

    static final String TOKEN = "office-test-token";
    static final String POSTGRES_URL = System.getenv("EXAMROOM_TEST_POSTGRES_URL");

    final Path data;
    private final Optional<String> postgresSchemaUrl;
    private final Optional<String> schema;
    CentralOffice office;
    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

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
    }

    /** Stops and starts again on the same port, as an office server that was restarted. */
    void restart() {
        office.close();
        start(port);
    }

    URI uri() {
        return office.localUri();
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
        office.close();
        schema.ifPresent(s -> {
            try (Connection c = DriverManager.getConnection(POSTGRES_URL)) {
                c.createStatement().execute("DROP SCHEMA " + s + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot drop the test schema " + s, e);
            }
        });
    }
}
