package org.examroom.room.sync;

import io.helidon.config.Config;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How the room syncs ({@code examroom.sync.*}): where the office is, the site's name there, how often to
 * try, how big a chunk is, which snapshots travel, how early to warn about a removal act's deadline, and which CA
 * certificate proves the office is the office ({@code office-ca}, the office's {@code tls/office-ca.pem}).
 */
public record SyncSettings(Optional<URI> officeUrl, Optional<String> siteId, Duration interval, int attemptsPerChunk,
        int auditPerChunk, int snapshotMaxBytes, Duration actWarning, Optional<java.nio.file.Path> officeCa) {

    /** The named statements of a database subtree ({@code db}), name to SQL, for the agent's batches. */
    public static java.util.Map<String, String> statements(Config database) {
        return database.get("statements").detach().asMap().orElse(java.util.Map.of());
    }

    public static SyncSettings from(Config sync) {
        return new SyncSettings(
                sync.get("office-url").asString().asOptional().filter(s -> !s.isBlank()).map(URI::create),
                sync.get("site-id").asString().asOptional().filter(s -> !s.isBlank()),
                sync.get("interval").as(Duration.class).orElse(Duration.ofSeconds(30)),
                sync.get("attempts-per-chunk").asInt().orElse(200),
                sync.get("audit-per-chunk").asInt().orElse(2000),
                sync.get("snapshot-max-bytes").asInt().orElse(64 * 1024),
                sync.get("act-warning").as(Duration.class).orElse(Duration.ofHours(12)),
                sync.get("office-ca").asString().asOptional().filter(s -> !s.isBlank()).map(java.nio.file.Path::of));
    }
}
