package org.examroom.room.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Photos and snapshots kept as files under {@code <data>/evidence/<attempt>/}: written to a temporary
 * file, forced to disk, then moved into place, so a file that exists is whole.
 */
public final class EvidenceFiles {

    private final Path root;

    public EvidenceFiles(Path dataDirectory) {
        this.root = dataDirectory.resolve("evidence");
    }

    /** Stores the bytes durably and returns the path relative to the data folder. */
    public String store(String attemptId, String kind, byte[] content) {
        try {
            Path dir = root.resolve(attemptId);
            Files.createDirectories(dir);
            String name = kind + "-" + UUID.randomUUID() + ".jpg";
            Path tmp = dir.resolve(name + ".part");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(content));
                ch.force(true);
            }
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return root.getParent().relativize(dir.resolve(name)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store evidence for attempt " + attemptId, e);
        }
    }

    /**
     * The bytes of a file kept by {@link #store}, by the path it returned. A path that leads outside the evidence
     * folder (a damaged row) is refused rather than read.
     */
    public byte[] read(String path) {
        Path file = root.getParent().resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Not an evidence file: " + path);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read evidence file " + path, e);
        }
    }

    /** Whether the bytes look like a JPEG image (its start-of-image marker). */
    public static boolean isJpeg(byte[] content) {
        return content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF;
    }
}
