package org.examroom.room.store;

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
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The room's embedded Derby database in {@code <data>/db}, migrated to the current schema on open.
 *
 * <p>Derby's default durability is kept: a commit is on disk when it returns, so a request that
 * was acknowledged after its commit survives a power cut.
 */
public final class RoomDatabase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RoomDatabase.class.getName());
    private static final String DERBY_SHUTDOWN_OK = "08006";

    private final Path location;
    private final DbClient client;
    private final int schemaVersion;

    private RoomDatabase(Path location, DbClient client, int schemaVersion) {
        this.location = location;
        this.client = client;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens (creating if needed) the database under {@code dataDirectory}, applies pending
     * migrations, and connects a pooled {@link DbClient} configured by {@code dbConfig}.
     */
    public static RoomDatabase open(Path dataDirectory, Config dbConfig) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDirectory, e);
        }
        configureDerbyOnce(dataDirectory);
        Path location = dataDirectory.resolve("db");

        EmbeddedDataSource migrations = new EmbeddedDataSource();
        migrations.setDatabaseName(location.toString());
        migrations.setCreateDatabase("create");
        MigrateResult migrated = Flyway.configure()
                .dataSource(migrations)
                .locations("classpath:db/migration/room")
                .load()
                .migrate();
        int version = Integer.parseInt(migrated.targetSchemaVersion == null
                ? currentVersion(migrations) : migrated.targetSchemaVersion);
        LOG.log(System.Logger.Level.INFO, "Derby database {0} at schema version {1}", location, version);

        Config withUrl = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(Map.of(
                        "connection.url", "jdbc:derby:" + location,
                        "connection.username", "",
                        "connection.password", "")))
                .addSource(ConfigSources.create(dbConfig))
                .build();
        return new RoomDatabase(location, DbClient.create(withUrl), version);
    }

    private static String currentVersion(EmbeddedDataSource dataSource) {
        var current = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/room").load().info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /** Derby's home and log go into the first data folder opened in this JVM, never the working directory. */
    private static synchronized void configureDerbyOnce(Path dataDirectory) {
        if (System.getProperty("derby.system.home") == null) {
            System.setProperty("derby.system.home", dataDirectory.toString());
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dataDirectory.resolve("derby.log").toString());
        }
    }

    /** The database folder. */
    public Path location() {
        return location;
    }

    /** The schema version after migration. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The pooled client for named statements. */
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

    /** Closes the pool, then shuts this one database down so that the next open needs no recovery. */
    @Override
    public void close() {
        client.close();
        try {
            DriverManager.getConnection("jdbc:derby:" + location + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!DERBY_SHUTDOWN_OK.equals(e.getSQLState())) {
                LOG.log(System.Logger.Level.WARNING, "Derby shutdown of " + location + " failed", e);
            }
        }
    }
}
