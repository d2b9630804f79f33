package org.examroom.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.examroom.room.RoomSettings;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.store.Backups;
import org.examroom.room.store.RoomDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Work on a stopped controller's data folder: restore a backup, verify the audit trail. */
final class RoomMaintenanceCommands {

    private RoomMaintenanceCommands() {
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Restores a backup (made with POST /api/v1/backups) into a stopped controller's data folder.")
    static final class Restore implements Callable<Integer> {

        @Option(names = "--from", required = true, paramLabel = "DIR", description = "The backup folder (it holds db/).")
        Path from;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data folder to restore into; it must hold no database.")
        Path data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                Backups.restore(from.toAbsolutePath(), data.toAbsolutePath());
            } catch (IllegalArgumentException | IllegalStateException e) {
                spec.commandLine().getErr().println("Not restored: " + e.getMessage());
                return 2;
            }
            spec.commandLine().getOut().println("Restored " + from + " into " + data + ". Start it with: examroom room --data " + data);
            return 0;
        }
    }

    @Command(name = "verify-audit", mixinStandardHelpOptions = true,
            description = "Checks the hash chain of a stopped controller's audit trail, entry by entry.")
    static final class VerifyAudit implements Callable<Integer> {

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The controller's data folder.")
        Path data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RoomSettings settings = RoomSettings.load(Optional.empty(), Optional.of(data), Optional.empty());
            try (RoomDatabase db = RoomDatabase.open(settings.dataDirectory(), settings.database())) {
                AuditLog.Verification v = AuditLog.open(db.client(), Clock.systemUTC()).verify();
                if (v.intact()) {
                    spec.commandLine().getOut().println("Audit trail intact: " + v.entries() + " entries");
                    return 0;
                }
                spec.commandLine().getOut().println("Audit trail BROKEN after " + v.entries() + " good entries: " + v.firstBreak().orElseThrow());
                return 1;
            }
        }
    }

    @Command(name = "trust", mixinStandardHelpOptions = true,
            description = "Installs the central office's public key: only packages it signed are accepted.")
    static final class Trust implements Callable<Integer> {

        @Option(names = "--office-key", required = true, paramLabel = "FILE", description = "The office's public key file (from package keygen).")
        Path officeKey;

        @Option(names = "--data", paramLabel = "DIR", description = "The controller's data folder (default: ~/.examroom/room).")
        Path data = RoomSettings.DEFAULT_DATA;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            String text = java.nio.file.Files.readString(officeKey, java.nio.charset.StandardCharsets.US_ASCII);
            java.security.PublicKey key;
            try {
                key = org.examroom.common.seal.SigningKeys.parsePublic(text);
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println(officeKey + " is not an office public key: " + e.getMessage());
                return 2;
            }
            Path target = data.resolve("trust").resolve("office.pub");
            java.nio.file.Files.createDirectories(target.getParent());
            java.nio.file.Files.writeString(target, text);
            spec.commandLine().getOut().println("Trusting the office key " + org.examroom.common.seal.SigningKeys.keyId(key)
                    + " (" + target + ")");
            return 0;
        }
    }
}
