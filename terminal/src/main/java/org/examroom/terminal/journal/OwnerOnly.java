package org.examroom.terminal.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Files only the terminal's own account may read: the journal and the credential. */
public final class OwnerOnly {

    private OwnerOnly() {
    }

    /** Makes {@code file} readable and writable by its owner only, where the file system has POSIX permissions. */
    public static void restrict(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
