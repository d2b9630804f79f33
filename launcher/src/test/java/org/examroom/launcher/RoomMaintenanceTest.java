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
    void aRestoreOverAnExistingDatabaseIsRefusedWithTheReason() {
        RoomController.start(RoomSettings.load(Optional.empty(), Map.of("examroom.data", data.toString(), "server.port", "0")),
                Clock.systemUTC()).close();
        assertThat(run("room", "restore", "--from", data.toString(), "--data", data.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("Not restored", "already holds a database");
    }
}
