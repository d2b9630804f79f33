package org.examroom.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomSettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsNeedNoFile() {
        RoomSettings settings = RoomSettings.defaults();
        assertThat(settings.server().get("port").asInt().get()).isEqualTo(8443);
        assertThat(settings.database().get("statements.ping").asString().get()).isEqualTo("VALUES 1");
    }

    @Test
    void fileOverridesDefaultsAndCommandLineOverridesFile() throws Exception {
        Path file = dir.resolve("room.yaml");
        Files.writeString(file, "server:\n  port: 9001\nexamroom:\n  data: " + dir.resolve("from-file") + "\n");

        RoomSettings fromFile = RoomSettings.load(Optional.of(file), Optional.empty(), Optional.empty());
        assertThat(fromFile.server().get("port").asInt().get()).isEqualTo(9001);
        assertThat(fromFile.dataDirectory()).isEqualTo(dir.resolve("from-file"));

        RoomSettings fromCommandLine = RoomSettings.load(Optional.of(file), Optional.of(dir.resolve("cli")), Optional.of(9002));
        assertThat(fromCommandLine.server().get("port").asInt().get()).isEqualTo(9002);
        assertThat(fromCommandLine.dataDirectory()).isEqualTo(dir.resolve("cli"));
    }
}
