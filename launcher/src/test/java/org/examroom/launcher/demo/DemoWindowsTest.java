package org.examroom.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's windows as commands: what each child process is told, and that the password stays off command lines. */
class DemoWindowsTest {

    private static final String PASSWORD = "Pw7kQ2mXz9Ab";
    private final Path data = Path.of("/tmp/demo-folder");
    private final DemoRoom.Guide guide = new DemoRoom.Guide(URI.create("https://localhost:8443"), data,
            data.resolve("tls/room-ca.pem"), "AB:CD", Instant.parse("2026-07-15T07:00:00Z"), false,
            new DemoRoom.State(PASSWORD, "committee-pw1", "B3", "KEY-1", "UNSEAL"), "123456",
            Instant.parse("2026-07-15T06:55:00Z"), "KEY_ISSUED", data.resolve("documents"));

    @Test
    void theConsoleSignsInAsTheSupervisorWithThePasswordInItsEnvironmentOnly() {
        List<DemoWindows.Window> windows = DemoWindows.windows(guide, Path.of("/jdk/bin/java"), "a.jar:lib/*", data.resolve("logs"));
        ProcessBuilder console = windows.get(0).command();
        assertThat(console.command()).startsWith("/jdk/bin/java").contains("a.jar:lib/*", "org.examroom.launcher.ExamRoom", "console")
                .containsSequence("--login", "supervisor").containsSequence("--password-env", DemoWindows.PASSWORD_VARIABLE)
                .containsSequence("--ca", data.resolve("tls/room-ca.pem").toString())
                .containsSequence("--documents", data.resolve("documents").toString());
        assertThat(console.environment()).containsEntry(DemoWindows.PASSWORD_VARIABLE, PASSWORD);
        assertThat(console.redirectOutput().file()).isEqualTo(data.resolve("logs/console.log").toFile());

        ProcessBuilder terminal = windows.get(1).command();
        assertThat(terminal.command()).contains("terminal", "--windowed").containsSequence("--devices", "simulated")
                .containsSequence("--data", data.resolve("terminal").toString())
                .containsSequence("--controller", "https://localhost:8443");
        assertThat(terminal.environment()).doesNotContainKey(DemoWindows.PASSWORD_VARIABLE);
        for (DemoWindows.Window w : windows) {
            assertThat(String.join(" ", w.command().command())).doesNotContain(PASSWORD).doesNotContain("KEY-1");
        }
    }

    @Test
    void windowsOpenOnlyWhereThereIsADisplayAndJavaIsNotToldToBeHeadless() {
        assertThat(DemoWindows.displayAvailable(Map.of(), false)).isFalse();
        assertThat(DemoWindows.displayAvailable(Map.of("DISPLAY", ""), false)).isFalse();
        assertThat(DemoWindows.displayAvailable(Map.of("DISPLAY", ":99"), false)).isTrue();
        assertThat(DemoWindows.displayAvailable(Map.of("WAYLAND_DISPLAY", "wayland-0"), false)).isTrue();
        assertThat(DemoWindows.displayAvailable(Map.of("DISPLAY", ":99"), true)).isFalse();
    }
}
