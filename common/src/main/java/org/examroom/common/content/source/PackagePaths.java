package org.examroom.common.content.source;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Resolves references between files of a package without ever leaving it or reaching the network. */
public final class PackagePaths {

    private PackagePaths() {
    }

    /**
     * The package path of {@code href} as seen from the file {@code from}; empty when it is absolute, a URL, or
     * climbs above the package root.
     */
    public static Optional<String> resolve(String from, String href) {
        String reference = URLDecoder.decode(href.trim().replace("+", "%2B"), StandardCharsets.UTF_8);
        if (reference.isEmpty() || reference.startsWith("/") || reference.contains("\\")
                || reference.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        int cut = reference.indexOf('#');
        if (cut >= 0) {
            reference = reference.substring(0, cut);
        }
        Deque<String> parts = new ArrayDeque<>();
        int slash = from.lastIndexOf('/');
        if (slash > 0) {
            for (String segment : from.substring(0, slash).split("/")) {
                parts.addLast(segment);
            }
        }
        for (String segment : reference.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }
}
