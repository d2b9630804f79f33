package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExamRoomCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ExamRoom.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpListsEveryProgram() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("Usage: examroom")
                .containsPattern("(?m)^\\s+room\\s+Runs the room controller")
                .containsPattern("(?m)^\\s+terminal\\s+Runs the applicant's terminal")
                .containsPattern("(?m)^\\s+console\\s+Runs the admin console")
                .containsPattern("(?m)^\\s+demo\\s+Runs the demo exam")
                .containsPattern("(?m)^\\s+models\\s+Installs and checks the face-check models")
                .containsPattern("(?m)^\\s+face\\s+Runs the face checks on photos");
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : List.of("models", "face", "room", "terminal", "console", "demo")) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out.toString()).as(command).contains("Usage: examroom " + command);
        }
        assertThat(out.toString()).contains("--data=DIR", "--port=N");
    }

    @Test
    void anUnknownCommandIsNamedAndRefused() {
        assertThat(run("exam")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'exam'");
    }

    @Test
    void aBadPortIsNamed() {
        assertThat(run("room", "--port", "eighty")).isEqualTo(2);
        assertThat(err.toString()).contains("--port", "eighty");
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheChoices() {
        assertThat(run("terminal", "--lang", "de")).isEqualTo(2);
        assertThat(err.toString()).contains("ru, en");
    }
}
