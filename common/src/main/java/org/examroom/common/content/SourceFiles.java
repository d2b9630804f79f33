package org.examroom.common.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The other files a content file may refer to: the entries of its package, or the files beside it on disk. */
public interface SourceFiles {

    /** The content of the file at this package path, if there is one. */
    Optional<byte[]> read(String path);

    static SourceFiles of(Map<String, byte[]> files) {
        return path -> Optional.ofNullable(files.get(path));
    }

    /** Files under {@code folder} only: references that leave it, or links out of it, are not followed. */
    static SourceFiles under(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        return path -> {
            Path file = root.resolve(path).normalize();
            try {
                if (!file.startsWith(root) || !Files.isRegularFile(file)
                        || !file.toRealPath().startsWith(root.toRealPath(LinkOption.NOFOLLOW_LINKS))) {
                    return Optional.empty();
                }
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }

    static SourceFiles none() {
        return path -> Optional.empty();
    }
}
