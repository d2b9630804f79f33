package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.examroom.room.RoomController;
import org.examroom.room.RoomSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RoomMaintenanceTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ExamRoom.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void theAuditTrailOfAStoppedControllerIsVerifiedAndATamperedOneIsCaught() throws Exception {
        RoomController.start(RoomSettings.load(Optional.empty(), Map.of("examroom.data", data.toString(), "server.port", "0")),
                Clock.systemUTC()).close();
        assertThat(run("room", "verify-audit", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("Audit trail intact: 1 entries");

        try (var c = DriverManager.getConnection("jdbc:derby:" + data.resolve("db"));
             var st = c.prepareStatement("UPDATE audit_log SET actor = 'someone' WHERE seq = 1")) {
            st.executeUpdate();
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + data.resolve("db") + ";shutdown=true");
        } catch (java.sql.SQLException expected) {
            // 08006: the database was shut down
        }
        assertThat(run("room", "verify-audit", "--data", data.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("BROKEN", "entry 1");
    }

    @Test
    void aRunningControllerIsBackedUpFromTheCommandLineAndTheBackupRestores(@TempDir Path restored) throws Exception {
        try (RoomController room = RoomController.start(RoomSettings.load(Optional.empty(), Map.of("examroom.data", data.toString(),
                "server.port", "0", "examroom.bootstrap.password", "backup-test-pw")), Clock.systemUTC())) {
            var stdin = System.in;
            try {
                System.setIn(new java.io.ByteArrayInputStream("wrong-password\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                assertThat(run("room", "backup", "--controller", room.localUri().toString(), "--ca", room.caFile().orElseThrow().toString(),
                        "--login", "admin", "--password-stdin")).isEqualTo(2);
                assertThat(out.toString()).contains("Not signed in", "401");
                System.setIn(new java.io.ByteArrayInputStream("backup-test-pw\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                assertThat(run("room", "backup", "--controller", room.localUri().toString(), "--ca", room.caFile().orElseThrow().toString(),
                        "--login", "admin", "--password-stdin")).isZero();
            } finally {
                System.setIn(stdin);
            }
        }
        String made = out.toString().lines().filter(l -> l.startsWith("Backup made: ")).findFirst().orElseThrow().substring(13);
        assertThat(Path.of(made).resolve("db")).isDirectory();
        assertThat(run("room", "restore", "--from", made, "--data", restored.toString())).isZero();
        assertThat(run("room", "verify-audit", "--data", restored.toString())).isZero();
        assertThat(out.toString()).contains("Audit trail intact");
    }

    @Test
    void aRestoreOverAnExistingDatabaseIsRefusedWithTheReason() {
        RoomController.start(RoomSettings.load(Optional.empty(), Map.of("examroom.data", data.toString(), "server.port", "0")),
                Clock.systemUTC()).close();
        assertThat(run("room", "restore", "--from", data.toString(), "--data", data.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("Not restored", "already holds a database");
    }
}
