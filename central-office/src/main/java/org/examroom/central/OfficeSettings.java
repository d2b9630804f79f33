package org.examroom.central;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The office's configuration: built-in defaults, then an optional YAML file, then system properties and
 * environment variables ({@code EXAMROOM_OFFICE_DATA}, {@code EXAMROOM_OFFICE_DB_URL}, …), then the command line.
 */
public final class OfficeSettings {

    /** Where the office keeps its data when nothing says otherwise. */
    public static final Path DEFAULT_DATA = Path.of(System.getProperty("user.home"), ".examroom", "office");

    private final Config config;

    private OfficeSettings(Config config) {
        this.config = config;
    }

    /** Defaults, then the file if given, then environment, then {@code overrides} (config keys to values). */
    public static OfficeSettings load(Optional<Path> file, Map<String, String> overrides) {
        Map<String, String> commandLine = new HashMap<>(overrides);
        environment("EXAMROOM_OFFICE_DATA", "office.data", commandLine);
        environment("EXAMROOM_OFFICE_DB_URL", "office.database.url", commandLine);
        environment("EXAMROOM_OFFICE_DB_USER", "office.database.username", commandLine);
        environment("EXAMROOM_OFFICE_DB_PASSWORD", "office.database.password", commandLine);
        environment("EXAMROOM_OFFICE_ADMIN_TOKEN", "office.admin-token", commandLine);
        Config.Builder builder = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(commandLine, "command line"))
                .addSource(ConfigSources.environmentVariables())
                .addSource(ConfigSources.systemProperties());
        file.ifPresent(f -> builder.addSource(ConfigSources.file(f)));
        builder.addSource(ConfigSources.classpath("central-office.yaml"));
        return new OfficeSettings(builder.build());
    }

    private static void environment(String variable, String key, Map<String, String> into) {
        String value = System.getenv(variable);
        if (value != null && !value.isBlank()) {
            into.putIfAbsent(key, value);
        }
    }

    /** The folder that holds the embedded database, refused chunks and evidence snapshots. */
    public Path dataDirectory() {
        return config.get("office.data").as(Path.class).orElse(DEFAULT_DATA).toAbsolutePath().normalize();
    }

    /** The JDBC URL of an external database (PostgreSQL); empty for embedded Derby in the data folder. */
    public Optional<String> databaseUrl() {
        return config.get("office.database.url").asString().asOptional().filter(u -> !u.isBlank());
    }

    public String databaseUser() {
        return config.get("office.database.username").asString().orElse("");
    }

    public String databasePassword() {
        return config.get("office.database.password").asString().orElse("");
    }

    /** The bearer token for registering sites and reading views; when absent one is made at first start. */
    public Optional<String> adminToken() {
        return config.get("office.admin-token").asString().asOptional().filter(t -> !t.isBlank());
    }

    /**
     * Whether the office serves HTTPS with its own CA ({@code office.tls.enabled}, on unless switched off): rooms
     * sync to it across networks, so they must know it is the office they talk to.
     */
    public boolean tlsEnabled() {
        return config.get("office.tls.enabled").asBoolean().orElse(true);
    }

    public Config server() {
        return config.get("server");
    }

    public Config database() {
        return config.get("db");
    }

    /** The named statements of {@code db.statements}, name to SQL. */
    public java.util.Map<String, String> statements() {
        return config.get("db.statements").detach().asMap().orElse(java.util.Map.of());
    }
}
