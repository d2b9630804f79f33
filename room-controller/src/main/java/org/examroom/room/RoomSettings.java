package org.examroom.room;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The controller's configuration: built-in defaults, then an optional YAML file, then system
 * properties and environment variables ({@code SERVER_PORT}, {@code EXAMROOM_DATA}), then the
 * command line, each overriding the one before.
 */
public final class RoomSettings {

    /** Where the controller keeps its data when nothing says otherwise. */
    public static final Path DEFAULT_DATA = Path.of(System.getProperty("user.home"), ".examroom", "room");

    private final Config config;

    private RoomSettings(Config config) {
        this.config = config;
    }

    /** Defaults and environment only. */
    public static RoomSettings defaults() {
        return load(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Defaults, then the file if given, then environment, then the given data folder and port. */
    public static RoomSettings load(Optional<Path> file, Optional<Path> dataDirectory, Optional<Integer> port) {
        Map<String, String> commandLine = new HashMap<>();
        dataDirectory.ifPresent(dir -> commandLine.put("examroom.data", dir.toAbsolutePath().toString()));
        port.ifPresent(p -> commandLine.put("server.port", Integer.toString(p)));
        return load(file, commandLine);
    }

    /** Defaults, then the file if given, then environment, then {@code overrides} (config keys to values). */
    public static RoomSettings load(Optional<Path> file, Map<String, String> overrides) {
        Map<String, String> commandLine = new HashMap<>(overrides);

        Config.Builder builder = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(commandLine, "command line"))
                .addSource(ConfigSources.environmentVariables())
                .addSource(ConfigSources.systemProperties());
        file.ifPresent(f -> builder.addSource(ConfigSources.file(f)));
        builder.addSource(ConfigSources.classpath("room-controller.yaml"));
        return new RoomSettings(builder.build());
    }

    /** The folder that holds the database, backups and files. */
    public Path dataDirectory() {
        return config.get("examroom.data").as(Path.class).orElse(DEFAULT_DATA).toAbsolutePath().normalize();
    }

    /**
     * The password of the first staff account ({@code admin}) made on a fresh controller, when the operator
     * sets one ({@code examroom.bootstrap.password}, or {@code EXAMROOM_BOOTSTRAP_PASSWORD});
     * otherwise a random one is made and shown once at start.
     */
    public Optional<String> bootstrapPassword() {
        return config.get("examroom.bootstrap.password").asString().asOptional();
    }

    /** The university's name as the room's documents print it. */
    public String university() {
        return config.get("examroom.university").asString().orElse("Приёмная комиссия");
    }

    /** Whether the controller serves HTTPS with the room's own CA (the default) rather than plain HTTP. */
    public boolean tlsEnabled() {
        return config.get("examroom.tls.enabled").asBoolean().orElse(true);
    }

    /** The web server's subtree ({@code server.port}, {@code server.host}, …). */
    public Config server() {
        return config.get("server");
    }

    /** The database subtree: pool settings and named statements; the URL follows the data folder. */
    public Config database() {
        return config.get("db");
    }

    /** The sync subtree ({@code examroom.sync.office-url}, {@code examroom.sync.site-id}, …); see docs/operations.md. */
    public Config sync() {
        return config.get("examroom.sync");
    }
}
