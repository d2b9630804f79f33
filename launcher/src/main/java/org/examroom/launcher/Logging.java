package org.examroom.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.LogManager;

/** Logging for every program: java.util.logging, configured once from the launcher's defaults. */
final class Logging {

    private Logging() {
    }

    /** Applies the built-in configuration unless the operator gave one with -Djava.util.logging.config.file. */
    static void configure() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream defaults = Logging.class.getResourceAsStream("logging.properties")) {
            LogManager.getLogManager().readConfiguration(defaults);
        } catch (IOException e) {
            throw new UncheckedIOException("The launcher's logging.properties cannot be read", e);
        }
    }
}
