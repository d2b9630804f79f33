package org.examroom.room.api;

import io.helidon.webserver.http.ServerRequest;
import java.util.regex.Pattern;

/** Ids in paths and bodies: short, printable, no separators that would confuse a URL or a CSV. */
final class Paths {

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

    private Paths() {
    }

    static String id(ServerRequest req, String name) {
        return checkId(name, req.path().pathParameters().get(name));
    }

    static String checkId(String field, String value) {
        if (!ID.matcher(value).matches()) {
            throw Problem.badRequest(field, "'" + field + "' must be 1–64 letters, digits, '.', '_' or '-', got '" + value + "'");
        }
        return value;
    }
}
