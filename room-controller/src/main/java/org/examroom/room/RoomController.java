package org.examroom.room;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import java.nio.file.Path;
import java.time.Clock;
import org.examroom.room.api.TimeService;
import org.examroom.room.store.RoomDatabase;

/**
 * A running room controller: its database in the data folder and its web server.
 *
 * <p>{@code GET /health} reports the database; {@code /api/v1/...} is the API.
 */
public final class RoomController implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RoomController.class.getName());

    private final RoomDatabase database;
    private final WebServer server;

    private RoomController(RoomDatabase database, WebServer server) {
        this.database = database;
        this.server = server;
    }

    /** Opens the database, then starts serving; the database is closed again if the server fails to start. */
    public static RoomController start(RoomSettings settings, Clock clock) {
        RoomDatabase database = RoomDatabase.open(settings.dataDirectory(), settings.database());
        try {
            WebServer server = WebServer.builder()
                    .config(settings.server())
                    .addFeature(observe(database))
                    .routing(routing -> routing(routing, clock))
                    .build()
                    .start();
            LOG.log(System.Logger.Level.INFO, "Room controller listening on port {0}", Integer.toString(server.port()));
            return new RoomController(database, server);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The API routes; tests mount them on their own server. */
    public static void routing(HttpRouting.Builder routing, Clock clock) {
        routing.register("/api/v1/time", new TimeService(clock));
    }

    /** Health at {@code /health}, with the database as a readiness check. */
    static ObserveFeature observe(RoomDatabase database) {
        HealthCheck derby = new HealthCheck() {
            @Override
            public String name() {
                return "derby";
            }

            @Override
            public HealthCheckType type() {
                return HealthCheckType.READINESS;
            }

            @Override
            public HealthCheckResponse call() {
                return HealthCheckResponse.builder()
                        .status(database.answers())
                        .detail("schemaVersion", database.schemaVersion())
                        .build();
            }
        };
        return ObserveFeature.builder()
                .endpoint("/")
                .addObserver(HealthObserver.builder().details(true).useSystemServices(false).addCheck(derby).build())
                .build();
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The database folder inside the data folder. */
    public Path databaseLocation() {
        return database.location();
    }

    /** Stops the server, then shuts the database down. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            database.close();
        }
    }
}
