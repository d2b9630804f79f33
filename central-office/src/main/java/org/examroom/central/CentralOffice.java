package org.examroom.central;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.examroom.central.api.AdminGuard;
import org.examroom.tls.SiteCertificates;
import org.examroom.central.api.IntakeService;
import org.examroom.central.api.ProblemHandlers;
import org.examroom.central.api.SiteService;
import org.examroom.central.api.ViewService;
import org.examroom.central.intake.SyncIntake;
import org.examroom.central.store.OfficeDatabase;
import org.examroom.central.views.OfficeViews;

/**
 * A running central office: its database, the intake and views over it, and its web server.
 *
 * <p>{@code GET /health} reports the database; {@code /api/v1/...} is the API (docs/office.md).
 */
public final class CentralOffice implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CentralOffice.class.getName());

    private final OfficeDatabase database;
    private final WebServer server;
    private final SyncIntake intake;
    private final OfficeViews views;
    private final String adminToken;
    private final Optional<SiteCertificates> certificates;
    private final Path tlsDirectory;

    private CentralOffice(OfficeDatabase database, WebServer server, SyncIntake intake, OfficeViews views, String adminToken,
                          Optional<SiteCertificates> certificates, Path tlsDirectory) {
        this.database = database;
        this.server = server;
        this.intake = intake;
        this.views = views;
        this.adminToken = adminToken;
        this.certificates = certificates;
        this.tlsDirectory = tlsDirectory;
    }

    /** Opens the database, then starts serving; the database is closed again if the server fails to start. */
    public static CentralOffice start(OfficeSettings settings, Clock clock) {
        OfficeDatabase database = openDatabase(settings);
        try {
            SyncIntake intake = new SyncIntake(database.client(), settings.statements(), settings.dataDirectory(), clock);
            OfficeViews views = new OfficeViews(database.client());
            String token = settings.adminToken().orElseGet(() -> storedToken(settings.dataDirectory()));
            Path tlsDirectory = settings.dataDirectory().resolve("tls");
            Optional<SiteCertificates> certificates = settings.tlsEnabled()
                    ? Optional.of(SiteCertificates.loadOrCreate(tlsDirectory, clock, SiteCertificates.Kind.OFFICE)) : Optional.empty();
            var builder = WebServer.builder().config(settings.server());
            certificates.ifPresent(c -> builder.tls(tls -> tls.privateKey(c.serverKey()).privateKeyCertChain(c.serverChain())));
            WebServer server = builder
                    .addFeature(observe(database))
                    .routing(routing -> {
                        ProblemHandlers.register(routing);
                        routing.addFilter(new AdminGuard(token));
                        routing.register("/api/v1/sync", new IntakeService(intake))
                                .register("/api/v1/sites", new SiteService(intake))
                                .register("/api/v1", new ViewService(views));
                    })
                    .build()
                    .start();
            LOG.log(System.Logger.Level.INFO, "Central office listening on port {0} ({1}, {2})",
                    Integer.toString(server.port()), database.kind(), certificates.isPresent() ? "HTTPS" : "plain HTTP");
            return new CentralOffice(database, server, intake, views, token, certificates, tlsDirectory);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The office's database alone, for the command-line views and registration without a server. */
    public static OfficeDatabase openDatabase(OfficeSettings settings) {
        return OfficeDatabase.open(settings.dataDirectory(), settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword(), settings.database());
    }

    /** The admin token kept in {@code <data>/admin-token} (owner-only), made at the first start. */
    static String storedToken(Path dataDirectory) {
        Path file = dataDirectory.resolve("admin-token");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Files.createDirectories(dataDirectory);
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.log(System.Logger.Level.DEBUG, "File permissions not set on a non-POSIX file system");
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the admin token in " + file, e);
        }
    }

    static ObserveFeature observe(OfficeDatabase database) {
        HealthCheck db = new HealthCheck() {
            @Override
            public String name() {
                return "database";
            }

            @Override
            public HealthCheckType type() {
                return HealthCheckType.READINESS;
            }

            @Override
            public HealthCheckResponse call() {
                return HealthCheckResponse.builder()
                        .status(database.answers())
                        .detail("kind", database.kind())
                        .detail("schemaVersion", database.schemaVersion())
                        .build();
            }
        };
        return ObserveFeature.builder()
                .endpoint("/")
                .addObserver(HealthObserver.builder().details(true).useSystemServices(false).addCheck(db).build())
                .build();
    }

    public int port() {
        return server.port();
    }

    /** Where sites reach the office on this machine, e.g. {@code https://localhost:8444}. */
    public URI localUri() {
        return URI.create((certificates.isPresent() ? "https" : "http") + "://localhost:" + server.port());
    }

    /** The office CA's fingerprint, which whoever installs a room compares; empty without TLS. */
    public Optional<String> fingerprint() {
        return certificates.map(SiteCertificates::fingerprint);
    }

    /** The office CA certificate (PEM) that every room is given to trust; empty without TLS. */
    public Optional<Path> caFile() {
        return certificates.map(c -> SiteCertificates.caFile(tlsDirectory, SiteCertificates.Kind.OFFICE));
    }

    /** The bearer token for registration and views. */
    public String adminToken() {
        return adminToken;
    }

    public SyncIntake intake() {
        return intake;
    }

    public OfficeViews views() {
        return views;
    }

    public String databaseKind() {
        return database.kind();
    }

    /** Stops the server, then closes the database. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            database.close();
        }
    }

}
