package org.examroom.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.examroom.common.wire.Jsons;
import org.examroom.room.RoomSettings;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.store.Backups;
import org.examroom.room.store.RoomDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Looking after a controller: an online backup of a running one; on a stopped controller's data folder, restore a
 * backup, verify the audit trail, install the office's key.
 */
final class RoomMaintenanceCommands {

    private RoomMaintenanceCommands() {
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Makes an online, consistent backup of a running controller (POST /api/v1/backups), for cron.",
                "The password is read from the environment variable named by --password-env, or asked for."})
    static final class Backup implements Callable<Integer> {

        @Option(names = "--controller", paramLabel = "URL", description = "The running controller (default: ${DEFAULT-VALUE}).")
        java.net.URI controller = java.net.URI.create("https://localhost:8443");

        @Option(names = "--ca", paramLabel = "FILE", description = "The room CA to trust (default: ~/.examroom/room/tls/room-ca.pem).")
        Path ca;

        @Option(names = "--login", paramLabel = "NAME", required = true, description = "A technician's or supervisor's login.")
        String login;

        @Option(names = "--password-env", paramLabel = "VAR", description = "The environment variable holding the password (default: ${DEFAULT-VALUE}).")
        String passwordEnv = "EXAMROOM_PASSWORD";

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            char[] password = (passwordStdin ? firstLineOfStdin() : Optional.ofNullable(System.getenv(passwordEnv))).map(String::toCharArray)
                    .or(() -> Optional.ofNullable(System.console()).map(c -> c.readPassword("Password for %s: ", login)))
                    .orElse(null);
            if (password == null || password.length == 0) {
                spec.commandLine().getErr().println("No password: set " + passwordEnv + ", give --password-stdin, or run this in a terminal");
                return 2;
            }
            var api = new org.examroom.launcher.sim.RoomApi(controller, org.examroom.common.net.RoomTrust.forClient(Optional.ofNullable(ca)));
            try {
                var signedIn = api.post("/api/v1/auth/login", null, Jsons.createObjectBuilder().add("login", login)
                        .add("password", new String(password)).build());
                java.util.Arrays.fill(password, '\0');
                if (signedIn.status() != 200) {
                    spec.commandLine().getErr().println("Not signed in at " + controller + ": HTTP " + signedIn.status());
                    return 2;
                }
                String token = signedIn.json().getString("token");
                var made = api.post("/api/v1/backups", token, jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
                api.post("/api/v1/auth/logout", token, jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
                if (made.status() != 201) {
                    spec.commandLine().getErr().println("No backup: the controller answered " + made.status() + " " + made.body());
                    return 1;
                }
                spec.commandLine().getOut().println("Backup made: " + made.json().getString("backup"));
                return 0;
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("The controller at " + controller + " does not answer: " + e.getMessage());
                return 1;
            }
        }

        private static Optional<String> firstLineOfStdin() {
            try {
                return Optional.ofNullable(new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                        java.nio.charset.StandardCharsets.UTF_8)).readLine()).map(String::strip);
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        }
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
