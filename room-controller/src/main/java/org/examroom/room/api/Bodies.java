package org.examroom.room.api;

import io.helidon.webserver.http.ServerRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.examroom.common.wire.Jsons;

/**
 * Reading JSON request bodies with a size limit, and their fields with messages that name the field:
 * a wrong body is a 4xx problem, never a 500.
 */
public final class Bodies {

    /** The largest JSON body most endpoints take. */
    public static final int DEFAULT_LIMIT = 256 * 1024;

    private Bodies() {
    }

    /** The body as a JSON object of at most {@link #DEFAULT_LIMIT} bytes. */
    public static JsonObject object(ServerRequest request) {
        return object(request, DEFAULT_LIMIT);
    }

    /** The body as a JSON object of at most {@code limit} bytes. */
    public static JsonObject object(ServerRequest request, int limit) {
        String text = text(request, limit);
        if (text.isBlank()) {
            throw Problem.badRequest(null, "The request needs a JSON object body");
        }
        try (var reader = Jsons.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw Problem.badRequest(null, "The body must be a JSON object, not " + value.getValueType().name().toLowerCase());
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw Problem.badRequest(null, "The body is not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber()));
        }
    }

    /** The body as text of at most {@code limit} bytes (UTF-8). */
    public static String text(ServerRequest request, int limit) {
        return new String(bytes(request, limit), StandardCharsets.UTF_8);
    }

    /** The raw body, refused once it passes {@code limit} bytes. */
    public static byte[] bytes(ServerRequest request, int limit) {
        var declared = request.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > limit) {
            throw Problem.tooLarge("The body has " + declared.getAsLong() + " bytes; this endpoint takes at most " + limit);
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] data = in.readNBytes(limit + 1);
            if (data.length > limit) {
                throw Problem.tooLarge("The body is larger than the " + limit + " bytes this endpoint takes");
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String string(JsonObject body, String field) {
        return optionalString(body, field).orElseThrow(() -> Problem.badRequest(field, "Field '" + field + "' is required"));
    }

    public static Optional<String> optionalString(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        throw Problem.badRequest(field, "Field '" + field + "' must be a string, not " + kind(value));
    }

    public static long integer(JsonObject body, String field) {
        return optionalInteger(body, field).orElseThrow(() -> Problem.badRequest(field, "Field '" + field + "' is required"));
    }

    public static Optional<Long> optionalInteger(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            try {
                return Optional.of(n.longValueExact());
            } catch (ArithmeticException e) {
                throw Problem.badRequest(field, "Field '" + field + "' is out of range");
            }
        }
        throw Problem.badRequest(field, "Field '" + field + "' must be a whole number, not " + kind(value));
    }

    /** A number, whole or not. */
    public static java.math.BigDecimal decimal(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        throw Problem.badRequest(field, value == null || value == JsonValue.NULL
                ? "Field '" + field + "' is required" : "Field '" + field + "' must be a number, not " + kind(value));
    }

    public static boolean bool(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        if (value == null || value == JsonValue.NULL) {
            throw Problem.badRequest(field, "Field '" + field + "' is required");
        }
        throw Problem.badRequest(field, "Field '" + field + "' must be true or false, not " + kind(value));
    }

    public static JsonObject object(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value instanceof JsonObject o) {
            return o;
        }
        throw Problem.badRequest(field, value == null || value == JsonValue.NULL
                ? "Field '" + field + "' is required" : "Field '" + field + "' must be an object, not " + kind(value));
    }

    public static JsonArray array(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value instanceof JsonArray a) {
            return a;
        }
        throw Problem.badRequest(field, value == null || value == JsonValue.NULL
                ? "Field '" + field + "' is required" : "Field '" + field + "' must be an array, not " + kind(value));
    }

    public static Instant instant(JsonObject body, String field) {
        String text = string(body, field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(field, "Field '" + field + "' must be an ISO-8601 instant such as 2026-07-15T07:00:00Z, not '" + text + "'");
        }
    }

    /** A positive number of minutes, as a duration. */
    public static Duration minutes(JsonObject body, String field) {
        long minutes = integer(body, field);
        if (minutes <= 0 || minutes > 24 * 60) {
            throw Problem.invalid(field, "Field '" + field + "' must be between 1 and 1440 minutes, got " + minutes);
        }
        return Duration.ofMinutes(minutes);
    }

    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }
}
