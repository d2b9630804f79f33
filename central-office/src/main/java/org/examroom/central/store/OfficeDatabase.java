package org.examroom.central.store;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.dbclient.DbClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The office's database, migrated to the current schema on open: embedded Derby in {@code <data>/db}
 * unless a JDBC URL (PostgreSQL) is given.
 */
public final class OfficeDatabase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OfficeDatabase.class.getName());
    private static final String DERBY_SHUTDOWN_OK = "08006";

    private final String url;
    private final DbClient client;
    private final String schemaVersion;

    private OfficeDatabase(String url, DbClient client, String schemaVersion) {
        this.url = url;
        this.client = client;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens the database ({@code url} or embedded Derby under {@code dataDirectory}), applies pending
     * migrations, and connects a pooled client with the named statements of {@code dbConfig}.
     */
    public static OfficeDatabase open(Path dataDirectory, Optional<String> url, String user, String password, Config dbConfig) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDirectory, e);
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dataDirectory.resolve("derby.log").toString());
        }
        String jdbcUrl = url.orElse("jdbc:derby:" + dataDirectory.resolve("db") + ";create=true");
        Flyway flyway = Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations("classpath:db/migration/office")
                .load();
        flyway.migrate();
        var current = flyway.info().current();
        String version = current == null ? "0" : current.getVersion().getVersion();
        LOG.log(System.Logger.Level.INFO, "Office database {0} at schema version {1}", redact(jdbcUrl), version);

        Config withUrl = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(Map.of(
                        "connection.url", jdbcUrl,
                        "connection.username", user,
                        "connection.password", password)))
                .addSource(ConfigSources.create(dbConfig))
                .build();
        return new OfficeDatabase(jdbcUrl, DbClient.create(withUrl), version);
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("password=[^&;]*", "password=…");
    }

    /** Whether this is the embedded Derby rather than an external server. */
    public boolean embedded() {
        return url.startsWith("jdbc:derby:");
    }

    /** The kind of database, for health and logs: {@code derby} or {@code postgresql}. */
    public String kind() {
        return embedded() ? "derby" : "postgresql";
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public DbClient client() {
        return client;
    }

    /** Whether the database answers a trivial query now. */
    public boolean answers() {
        try {
            return client.execute().namedGet("ping").isPresent();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Database does not answer: {0}", e.getMessage());
            return false;
        }
    }

    /** Closes the pool; an embedded database is shut down too, so the next open needs no recovery. */
    @Override
    public void close() {
        client.close();
        if (embedded()) {
            String base = url.replace(";create=true", "");
            try {
                DriverManager.getConnection(base + ";shutdown=true").close();
            } catch (SQLException e) {
                if (!DERBY_SHUTDOWN_OK.equals(e.getSQLState())) {
                    LOG.log(System.Logger.Level.WARNING, "Derby shutdown of " + base + " failed", e);
                }
            }
        }
    }
}
