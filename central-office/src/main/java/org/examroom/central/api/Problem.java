package org.examroom.central.api;

import io.helidon.http.Status;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.Optional;
import org.examroom.common.wire.Jsons;

/**
 * An RFC 9457 problem detail, thrown by handlers and turned into the response once, at the edge
 * (the same shape as the room controller's). Extension members go into {@code extensions}.
 */
public final class Problem extends RuntimeException {

    private final Status status;
    private final String type;
    private final String title;
    private final Optional<String> field;
    private final Map<String, String> extensions;

    private Problem(Status status, String type, String title, String detail, Optional<String> field, Map<String, String> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
        this.extensions = extensions;
    }

    /** 400: the request is malformed; {@code field} says where. */
    public static Problem badRequest(String field, String detail) {
        return new Problem(Status.BAD_REQUEST_400, "bad-request", "The request is malformed", detail, Optional.ofNullable(field), Map.of());
    }

    /** 401: the caller did not show the office's admin token. */
    public static Problem unauthenticated(String detail) {
        return new Problem(Status.UNAUTHORIZED_401, "unauthenticated", "Sign in first", detail, Optional.empty(), Map.of());
    }

    /** 404: an id in the path names nothing. */
    public static Problem notFound(String field, String detail) {
        return new Problem(Status.NOT_FOUND_404, "not-found", "No such thing", detail, Optional.ofNullable(field), Map.of());
    }

    /** 413: the body is larger than this endpoint takes. */
    public static Problem tooLarge(String detail) {
        return new Problem(Status.REQUEST_ENTITY_TOO_LARGE_413, "too-large", "The request is too large", detail, Optional.empty(), Map.of());
    }

    /** 422: well-formed, but a value is not acceptable; {@code field} says which. */
    public static Problem invalid(String field, String detail) {
        return new Problem(Status.create(422, "Unprocessable Content"), "invalid", "A value is not acceptable", detail,
                Optional.ofNullable(field), Map.of());
    }

    /** 409: a chunk the office refused, with the reason's wire name and the id under which it is kept. */
    public static Problem refusedChunk(String reason, String detail, String refusedId) {
        return new Problem(Status.CONFLICT_409, "chunk-refused", "The chunk was refused", detail, Optional.empty(),
                Map.of("reason", reason, "refusedId", refusedId));
    }

    public Status status() {
        return status;
    }

    /** The JSON body: type, title, status, detail, field when known, and the extension members. */
    public JsonObject toJson(String instance) {
        JsonObjectBuilder body = Jsons.createObjectBuilder()
                .add("type", "https://examroom.org/problems/" + type)
                .add("title", title)
                .add("status", status.code())
                .add("detail", getMessage());
        field.ifPresent(f -> body.add("field", f));
        extensions.forEach(body::add);
        if (instance != null) {
            body.add("instance", instance);
        }
        return body.build();
    }
}
