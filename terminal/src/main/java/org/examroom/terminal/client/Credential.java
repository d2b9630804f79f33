package org.examroom.terminal.client;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.examroom.common.wire.Jsons;
import org.examroom.terminal.journal.OwnerOnly;

/**
 * What pairing earned: the bearer credential for this terminal and its seat. Kept in {@code credential.json} in the
 * terminal's data folder, readable by the owner only, so a restart does not need pairing again.
 */
public record Credential(String terminalId, String token, String seat, Optional<String> roomId) {

    public static final String FILE = "credential.json";

    public static Optional<Credential> load(Path data) {
        Path file = data.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (var reader = Jsons.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            JsonObject o = reader.readObject();
            return Optional.of(new Credential(o.getString("terminalId"), o.getString("credential"),
                    o.getString("seat", ""), Optional.ofNullable(o.getString("roomId", null))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the credential owner-only, replacing any earlier one in one step. */
    public void save(Path data) {
        var json = Jsons.createObjectBuilder().add("terminalId", terminalId).add("credential", token).add("seat", seat);
        roomId.ifPresent(r -> json.add("roomId", r));
        try {
            Files.createDirectories(data);
            Path next = data.resolve(FILE + ".next");
            Files.deleteIfExists(next);
            Files.createFile(next);
            OwnerOnly.restrict(next);
            Files.writeString(next, json.build().toString(), StandardCharsets.UTF_8);
            Files.move(next, data.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The terminal's credential cannot be kept in " + data, e);
        }
    }

    /** Forgets the credential, e.g. after the controller revoked it. */
    public static void forget(Path data) {
        try {
            Files.deleteIfExists(data.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
