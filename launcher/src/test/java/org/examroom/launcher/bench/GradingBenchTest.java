package org.examroom.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.examroom.launcher.ExamRoom;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The grading benchmark still runs and prints its figure (a small run; the figures themselves are not tested). */
class GradingBenchTest {

    @Test
    void runsAndPrintsTheTimePerAttempt() {
        StringWriter out = new StringWriter();
        CommandLine cli = ExamRoom.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("bench", "grading", "--attempts", "200", "--rounds", "1")).isZero();
        assertThat(out.toString()).containsPattern("p50: \\d+ ms for 200 attempts = [\\d.]+ µs per attempt");
    }
}
