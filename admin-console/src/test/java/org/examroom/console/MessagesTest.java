package org.examroom.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.i18n.Messages;
import org.examroom.console.screen.roommap.SeatStatus;
import org.junit.jupiter.api.Test;

/** Every text the console shows exists in Russian and in English. */
class MessagesTest {

    final Messages ru = ConsoleApp.messages(Locale.of("ru"));
    final Messages en = ConsoleApp.messages(Locale.ENGLISH);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(en.bundle().keySet())).isEqualTo(new TreeSet<>(ru.bundle().keySet()));
        assertThat(en.get("tab.map")).isEqualTo("Room");
        assertThat(ru.get("tab.map")).isEqualTo("Аудитория");
    }

    @Test
    void everyKeyTheSourceAsksForIsThere() throws IOException {
        Pattern literal = Pattern.compile("messages\\.get\\(\"([a-zA-Z0-9_.]+)\"");
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        asked.add(m.group(1));
                    }
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(150);
        assertThat(asked).allSatisfy(key -> assertThat(ru.bundle().containsKey(key)).as(key).isTrue());
    }

    @Test
    void everyStateAndStatusHasItsWords() {
        for (AttemptState s : AttemptState.values()) {
            assertThat(ru.get("state." + s.name())).isNotBlank();
            assertThat(ru.get("result." + s.name())).isNotBlank();
        }
        for (SeatStatus s : SeatStatus.values()) {
            assertThat(en.get("seat.status." + s.name())).isNotBlank();
        }
        for (String r : new String[] {"SUPERVISOR", "COMMITTEE_MEMBER", "SECRETARY", "TECHNICIAN", "OBSERVER"}) {
            assertThat(ru.get("role." + r)).isNotBlank();
        }
    }
}
