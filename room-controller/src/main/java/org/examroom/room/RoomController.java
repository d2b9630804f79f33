package org.examroom.room;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import org.examroom.common.exam.StaffRole;
import org.examroom.room.api.AdmissionService;
import org.examroom.room.api.AttemptActions;
import org.examroom.room.api.AttemptTimer;
import org.examroom.room.api.SupervisionService;
import org.examroom.room.push.AttemptClocks;
import org.examroom.room.push.Instructions;
import org.examroom.room.push.RoomLive;
import org.examroom.room.store.EvidenceFiles;
import org.examroom.room.api.ApplicantService;
import org.examroom.room.api.AuditService;
import org.examroom.room.api.CardService;
import org.examroom.room.api.DocumentsService;
import org.examroom.room.api.RecordsService;
import org.examroom.room.api.ExportService;
import org.examroom.room.api.PackageService;
import org.examroom.room.api.ResultsService;
import org.examroom.room.api.GradingService;
import org.examroom.room.api.AppealService;
import org.examroom.room.content.ExamPackages;
import org.examroom.room.api.OperationsService;
import org.examroom.room.api.ExamService;
import org.examroom.room.api.RoomService;
import org.examroom.room.api.ReviewService;
import org.examroom.room.api.SeatChangeService;
import org.examroom.room.api.SeatingService;
import org.examroom.room.api.TerminalSessionService;
import org.examroom.room.api.AuthService;
import org.examroom.room.api.ProblemHandlers;
import org.examroom.room.api.StaffService;
import org.examroom.room.api.TerminalAdminService;
import org.examroom.room.api.TimeService;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.CardSecret;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.PasswordHasher;
import org.examroom.room.auth.Secrets;
import org.examroom.room.auth.StaffDirectory;
import org.examroom.room.auth.TerminalRegistry;
import org.examroom.room.store.RoomDatabase;
import org.examroom.room.store.RoomStore;
import org.examroom.tls.SiteCertificates;
import org.examroom.room.api.SyncStatusService;
import org.examroom.room.sync.SyncAgent;
import org.examroom.room.sync.SyncSettings;

/**
 * A running room controller: its database in the data folder, the services over it, and its web server.
 *
 * <p>{@code GET /health} reports the database, {@code GET /metrics} the server's meters (Prometheus text or
 * JSON); {@code /api/v1/...} is the API (docs/api.md).
 */
public final class RoomController implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RoomController.class.getName());

    /** The login of the account a fresh controller makes. */
    public static final String BOOTSTRAP_LOGIN = "admin";

    private final RoomDatabase database;
    private final WebServer server;
    private final Optional<String> bootstrapPassword;
    private final Optional<SiteCertificates> certificates;
    private final Path tlsDirectory;
    private final AttemptTimer timer;

    private RoomController(RoomDatabase database, WebServer server, Optional<String> bootstrapPassword,
            Optional<SiteCertificates> certificates, Path tlsDirectory, AttemptTimer timer) {
        this.timer = timer;
        this.database = database;
        this.server = server;
        this.bootstrapPassword = bootstrapPassword;
        this.certificates = certificates;
        this.tlsDirectory = tlsDirectory;
    }

    /** Opens the database, then starts serving; the database is closed again if the server fails to start. */
    public static RoomController start(RoomSettings settings, Clock clock) {
        RoomDatabase database = RoomDatabase.open(settings.dataDirectory(), settings.database());
        try {
            AuditLog audit = AuditLog.open(database.client(), clock);
            StaffDirectory staff = new StaffDirectory(database.client(), audit, PasswordHasher.DEFAULT);
            TerminalRegistry terminals = new TerminalRegistry(database.client(), audit);
            RoomStore store = new RoomStore(database.client());
            RoomLive live = new RoomLive();
            AttemptActions actions = new AttemptActions(store, live, new AttemptClocks());
            actions.load();
            Instructions instructions = new Instructions(database.client());
            EvidenceFiles evidence = new EvidenceFiles(settings.dataDirectory());
            ExamPackages packages = new ExamPackages(settings.dataDirectory());
            CardSecret cards = CardSecret.loadOrCreate(settings.dataDirectory());
            SyncAgent sync = SyncAgent.forRoom(database.client(), SyncSettings.statements(settings.database()),
                    settings.dataDirectory(), SyncSettings.from(settings.sync()), clock);
            Optional<String> bootstrap = bootstrap(staff, settings);
            Path tlsDirectory = settings.dataDirectory().resolve("tls");
            Optional<SiteCertificates> certificates = settings.tlsEnabled()
                    ? Optional.of(SiteCertificates.loadOrCreate(tlsDirectory, clock, SiteCertificates.Kind.ROOM)) : Optional.empty();

            WebServerConfig.Builder builder = WebServer.builder().config(settings.server());
            certificates.ifPresent(c -> builder.tls(tls -> tls.privateKey(c.serverKey()).privateKeyCertChain(c.serverChain())));
            WebServer server = builder
                    .addFeature(observe(database))
                    .routing(routing -> {
                        ProblemHandlers.register(routing);
                        routing.addFilter(new Guard(staff, terminals, clock));
                        ResultsService results = new ResultsService(store, audit, packages);
                        routing.register("/api/v1/time", new TimeService(clock))
                                .register("/api/v1/auth", new AuthService(staff))
                                .register("/api/v1", new TerminalAdminService(terminals))
                                .register("/api/v1/audit", new AuditService(audit))
                                .register("/api/v1/staff", new StaffService(staff))
                                .register("/api/v1/exams", new ExamService(store, audit), new SeatingService(store, audit),
                                        new PackageService(store, audit, packages, live), results,
                                        new GradingService(store, audit, packages, results),
                                        new ExportService(store, audit, settings.dataDirectory()))
                                .register("/api/v1/applicants", new ApplicantService(store, audit, cards), new CardService(store, audit, cards))
                                .register("/api/v1/rooms", new RoomService(store, audit))
                                .register("/api/v1/attempts", new AdmissionService(store, audit, actions))
                                .register("/api/v1/terminal", new TerminalSessionService(store, audit, actions, live, instructions, evidence, packages, cards))
                                .register("/api/v1", new SupervisionService(store, audit, actions, live, instructions))
                                .register("/api/v1", new OperationsService(database.client(), audit, settings.dataDirectory()))
                                .register("/api/v1", new RecordsService(store, audit, evidence))
                                .register("/api/v1", new AppealService(store, audit))
                                .register("/api/v1", new SeatChangeService(store, audit, live))
                                .register("/api/v1", new ReviewService(store, audit))
                                .register("/api/v1", new DocumentsService(store, audit, settings.university()));
                        routing.register("/api/v1/sync", new SyncStatusService(sync.startSchedule()));
                    })
                    .build()
                    .start();
            LOG.log(System.Logger.Level.INFO, "Room controller listening on port {0}", Integer.toString(server.port()));
            AttemptTimer timer = AttemptTimer.start(store, audit, actions, live, instructions, clock);
            return new RoomController(database, server, bootstrap, certificates, tlsDirectory, timer);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * A fresh controller gets one account, {@code admin}, holding every role but observer, so someone
     * can sign in and create the others. Its password is the configured one, or a random one returned
     * here to be shown once (never logged).
     */
    private static Optional<String> bootstrap(StaffDirectory staff, RoomSettings settings) {
        if (!staff.empty()) {
            return Optional.empty();
        }
        String password = settings.bootstrapPassword().orElseGet(() -> Secrets.newToken().substring(0, 16));
        staff.create("S-ADMIN", BOOTSTRAP_LOGIN, "Administrator",
                EnumSet.of(StaffRole.SUPERVISOR, StaffRole.COMMITTEE_MEMBER, StaffRole.SECRETARY, StaffRole.TECHNICIAN),
                password.toCharArray(), "system", "local");
        return settings.bootstrapPassword().isPresent() ? Optional.empty() : Optional.of(password);
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
                .addObserver(MetricsObserver.create())
                .build();
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** Where clients reach the controller on this machine, e.g. {@code https://localhost:8443}. */
    public java.net.URI localUri() {
        return java.net.URI.create((certificates.isPresent() ? "https" : "http") + "://localhost:" + server.port());
    }

    /** The room CA's fingerprint, which the console shows and terminals are checked against; empty without TLS. */
    public Optional<String> fingerprint() {
        return certificates.map(SiteCertificates::fingerprint);
    }

    /** The PEM file with the room CA certificate that clients trust; present when TLS is on. */
    public Optional<Path> caFile() {
        return certificates.map(c -> SiteCertificates.caFile(tlsDirectory, SiteCertificates.Kind.ROOM));
    }

    /** The database folder inside the data folder. */
    public Path databaseLocation() {
        return database.location();
    }

    /** The generated password of the {@code admin} account, present only at the first start of a fresh controller. */
    public Optional<String> bootstrapPassword() {
        return bootstrapPassword;
    }

    /** Stops the server, then shuts the database down. */
    @Override
    public void close() {
        try {
            timer.close();
            server.stop();
        } finally {
            database.close();
        }
    }
}
