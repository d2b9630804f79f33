package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {

    @Test
    void eachRecordIsOneJsonLine() {
        LogRecord record = new LogRecord(Level.WARNING, "Attempt {0} \"paused\"\nby timer");
        record.setParameters(new Object[] {"A-1.MATH-1"});
        record.setLoggerName("org.examroom.room");
        record.setThrown(new IllegalStateException("boom"));
        String line = new JsonLogFormatter().format(record);
        assertThat(line.strip()).doesNotContain("\n");
        var json = Json.createReader(new StringReader(line)).readObject();
        assertThat(json.getString("level")).isEqualTo("WARNING");
        assertThat(json.getString("message")).isEqualTo("Attempt A-1.MATH-1 \"paused\"\nby timer");
        assertThat(json.getString("exception")).contains("IllegalStateException: boom");
    }
}
