package org.examroom.terminal.screen.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The media files of the variant's items (pictures in bodies), by the item and the file's package path. */
public interface ItemMedia {

    /** Hands the file's bytes to {@code then} on the UI thread, or nothing when it cannot be had now. */
    void fetch(String itemId, String path, Consumer<Optional<byte[]>> then);

    /** For screens shown without a controller: every picture stays as its words. */
    static ItemMedia none() {
        return (item, path, then) -> then.accept(Optional.empty());
    }

    /**
     * Which of an item's media files a reference in its body names. The body keeps the reference as written
     * ({@code images/f.png}, {@code ../img/f.png}); the item lists package paths ({@code items/images/f.png}).
     */
    static Optional<String> path(List<String> media, String reference) {
        String ref = URLDecoder.decode(reference.replace("+", "%2B"), StandardCharsets.UTF_8);
        int query = ref.indexOf('?');
        ref = query < 0 ? ref : ref.substring(0, query);
        while (ref.startsWith("./") || ref.startsWith("../") || ref.startsWith("/")) {
            ref = ref.substring(ref.indexOf('/') + 1);
        }
        for (String path : media) {
            if (path.equals(ref)) {
                return Optional.of(path);
            }
        }
        for (String path : media) {
            if (path.endsWith("/" + ref) || ref.endsWith("/" + path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
