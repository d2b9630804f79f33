package org.examroom.launcher;

import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import org.examroom.common.wire.Jsons;

/**
 * One JSON object per log line — time, level, logger, thread, message, and the exception when there is
 * one — so a room's logs can be searched and shipped without parsing prose. Messages never carry personal
 * data: code logs ids, not names.
 */
public final class JsonLogFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        JsonObjectBuilder line = Jsons.createObjectBuilder()
                .add("time", Instant.ofEpochMilli(record.getMillis()).toString())
                .add("level", record.getLevel().getName())
                .add("logger", record.getLoggerName() == null ? "" : record.getLoggerName())
                .add("thread", record.getLongThreadID())
                .add("message", formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.add("exception", trace.toString());
        }
        return line.build() + System.lineSeparator();
    }
}
