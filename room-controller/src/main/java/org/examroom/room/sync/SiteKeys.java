package org.examroom.room.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.examroom.common.sync.ChunkSeal;

/**
 * The room's Ed25519 key pair in {@code <data>/sync/}: {@code site.key} (owner-only) signs every chunk;
 * {@code site.pub} is what the office registers. Made at the first start, kept ever after.
 */
public record SiteKeys(PrivateKey privateKey, PublicKey publicKey) {

    /** The file with the public key, Base64 X.509, to hand to the office. */
    public static Path publicKeyFile(Path syncDirectory) {
        return syncDirectory.resolve("site.pub");
    }

    public static SiteKeys loadOrCreate(Path syncDirectory) {
        Path privateFile = syncDirectory.resolve("site.key");
        Path publicFile = publicKeyFile(syncDirectory);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new SiteKeys(ChunkSeal.privateKey(Files.readString(privateFile)),
                        ChunkSeal.publicKey(Files.readString(publicFile)).orElseThrow(
                                () -> new IllegalStateException(publicFile + " is not an Ed25519 public key")));
            }
            Files.createDirectories(syncDirectory);
            KeyPair pair = ChunkSeal.newKeyPair();
            write(privateFile, ChunkSeal.encode(pair.getPrivate()), true);
            write(publicFile, ChunkSeal.encode(pair.getPublic()), false);
            return new SiteKeys(pair.getPrivate(), pair.getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the room's sync key in " + syncDirectory, e);
        }
    }

    /** The public key in the form the office registers. */
    public String publicKeyText() {
        return ChunkSeal.encode(publicKey);
    }

    private static void write(Path file, String text, boolean secret) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".key", ".tmp");
        if (secret) {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's own permissions protect it.
            }
        }
        Files.writeString(tmp, text + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
