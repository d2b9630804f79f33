package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's first command, headless: a whole exam played through, every one of its own checks holding. */
class HeadlessDemoTest {

    @TempDir
    Path data;

    @Test
    void theDemoExamRunsToGradedResultsWithEveryCheckHolding() {
        StringWriter out = new StringWriter();
        CommandLine cli = ExamRoom.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int exit = cli.execute("demo", "--headless", "--data", data.resolve("demo").toString());
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString())
                .contains("Checks: 0 failed.")
                .contains("late arrival A-028: Опоздание 20 мин")
                .contains("A-029: Опоздание 45 мин")
                .contains("A-007 removed with act АКТ-1")
                .contains("перенос на резервный день")
                .containsPattern("\\d+ answers checked, 0 lost; audit trail: \\d+ entries, intact")
                .contains("— reconciled")
                .containsPattern("Central office: \\d+ chunks acknowledged, 30 attempts, \\d+ with the room's score, audit to entry \\d+");
    }
}
