package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examroom.central.CentralOffice;
import org.examroom.central.OfficeSettings;
import org.examroom.common.sync.ChunkSeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OfficeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ExamRoom.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void registersASiteAndReadsTheViewsWithTheTokenFromTheDataFolder() throws Exception {
        Path data = dir.resolve("office");
        try (CentralOffice office = CentralOffice.start(OfficeSettings.load(Optional.empty(),
                Map.of("office.data", data.toString(), "server.port", "0")), Clock.systemUTC())) {
            Path key = Files.writeString(dir.resolve("site.pub"), ChunkSeal.encode(ChunkSeal.newKeyPair().getPublic()));
            String url = office.localUri().toString();

            assertThat(run("office", "register-site", "north-101", key.toString(), "--name", "Ауд. 101", "--office", url,
                    "--data", data.toString())).isZero();
            assertThat(office.intake().site("north-101")).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Ауд. 101"));

            out.getBuffer().setLength(0);
            assertThat(run("office", "attempts", "--twice", "--office", url, "--data", data.toString())).isZero();
            assertThat(out.toString()).contains("Повторных попыток нет");

            out.getBuffer().setLength(0);
            assertThat(run("office", "results", "--format", "csv", "--office", url, "--data", data.toString())).isZero();
            assertThat(out.toString()).startsWith("site,attempt_id,exam_id");

            assertThat(url).startsWith("https://");
            assertThat(run("office", "acts", "--office", url, "--data", data.toString(), "--token", "wrong")).isEqualTo(1);
            assertThat(err.toString()).contains("401");
        }
    }

    @Test
    void tablesPadEveryColumnToItsWidestCell() {
        var rows = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("site", "north-101").add("sat", 12))
                .add(Json.createObjectBuilder().add("site", "s").addNull("sat"))
                .build();
        assertThat(OfficeCommand.table(rows, List.of("site", "sat")).lines().toList())
                .containsExactly("site       sat", "north-101  12", "s          ");
    }
}
