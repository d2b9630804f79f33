package org.examroom.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The terminal's own id, made once and kept in its data folder, so that the console shows the
 * same name for the same machine across restarts.
 */
public final class TerminalIdentity {

    /** Letters that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern VALID = Pattern.compile("T-[0-9A-HJKMNP-TV-Z]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TerminalIdentity() {
    }

    /** Reads {@code <dataDirectory>/terminal-id}, or makes and saves a new id when there is none. */
    public static String loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve("terminal-id");
        try {
            if (Files.exists(file)) {
                String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (isValid(id)) {
                    return id;
                }
                throw new IllegalStateException("The terminal id in " + file + " is damaged: '" + id
                        + "'. Delete the file to make a new id, then pair the terminal again.");
            }
            Files.createDirectories(dataDirectory);
            String id = newId();
            Files.writeString(file, id + "\n", StandardCharsets.US_ASCII);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the terminal id in " + file, e);
        }
    }

    /** Whether the text is a terminal id, e.g. {@code T-7F3K2Q}. */
    public static boolean isValid(String id) {
        return VALID.matcher(id).matches();
    }

    static String newId() {
        StringBuilder id = new StringBuilder("T-");
        for (int i = 0; i < 6; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
