package org.examroom.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalIdentityTest {

    @TempDir
    Path data;

    @Test
    void theIdIsMadeOnceAndKept() {
        String first = TerminalIdentity.loadOrCreate(data);
        assertThat(TerminalIdentity.isValid(first)).as(first).isTrue();
        assertThat(TerminalIdentity.loadOrCreate(data)).isEqualTo(first);
    }

    @Test
    void aDamagedIdFileIsNamedNotReplaced() throws Exception {
        Files.writeString(data.resolve("terminal-id"), "garbage");
        assertThatThrownBy(() -> TerminalIdentity.loadOrCreate(data))
                .hasMessageContaining("terminal-id")
                .hasMessageContaining("garbage");
        assertThat(Files.readString(data.resolve("terminal-id"))).isEqualTo("garbage");
    }

    @Test
    void newIdsAvoidLookAlikeLetters() {
        for (int i = 0; i < 1000; i++) {
            assertThat(TerminalIdentity.newId()).doesNotContain("I", "L", "O", "U");
        }
    }
}
