package org.examroom.room.api;

import io.helidon.http.Status;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import org.examroom.common.wire.Jsons;

/**
 * An RFC 9457 problem detail, thrown by handlers and turned into the response once, at the edge.
 * {@code field} names the offending field of the request body or query when there is one.
 */
public final class Problem extends RuntimeException {

    private final Status status;
    private final String type;
    private final String title;
    private final Optional<String> field;
    private final Optional<JsonObject> explanation;

    private Problem(Status status, String type, String title, String detail, Optional<String> field) {
        this(status, type, title, detail, field, Optional.empty());
    }

    private Problem(Status status, String type, String title, String detail, Optional<String> field, Optional<JsonObject> explanation) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
        this.explanation = explanation;
    }

    /**
     * 409 for a rule's refusal: {@code detail} in English, and the extension member {@code explanation}
     * with the same reason in Russian and English for the person at the screen.
     */
    public static Problem refused(org.examroom.common.i18n.Explanation reason) {
        return new Problem(Status.CONFLICT_409, "refused", "Refused by the exam's rules", reason.in(java.util.Locale.ENGLISH),
                Optional.empty(), Optional.of(Texts.json(reason)));
    }

    /** 400: the request is malformed; {@code field} says where. */
    public static Problem badRequest(String field, String detail) {
        return new Problem(Status.BAD_REQUEST_400, "bad-request", "The request is malformed", detail, Optional.ofNullable(field));
    }

    /** 401: who is calling is not known. */
    public static Problem unauthenticated(String detail) {
        return new Problem(Status.UNAUTHORIZED_401, "unauthenticated", "Sign in first", detail, Optional.empty());
    }

    /** 403: the caller is known but not allowed to do this. */
    public static Problem forbidden(String detail) {
        return new Problem(Status.FORBIDDEN_403, "forbidden", "Not allowed", detail, Optional.empty());
    }

    /** 403 with the reason in Russian and English for the person at the screen (a refused key or card). */
    public static Problem forbidden(org.examroom.common.i18n.Explanation reason) {
        return new Problem(Status.FORBIDDEN_403, "forbidden", "Not allowed", reason.in(java.util.Locale.ENGLISH),
                Optional.empty(), Optional.of(Texts.json(reason)));
    }

    /** 404: an id in the path or body names nothing. */
    public static Problem notFound(String field, String detail) {
        return new Problem(Status.NOT_FOUND_404, "not-found", "No such thing", detail, Optional.ofNullable(field));
    }

    /** 409: the action does not fit the current state (e.g. an attempt already submitted). */
    public static Problem conflict(String detail) {
        return new Problem(Status.CONFLICT_409, "conflict", "Not in this state", detail, Optional.empty());
    }

    /** 413: the body is larger than this endpoint takes. */
    public static Problem tooLarge(String detail) {
        return new Problem(Status.REQUEST_ENTITY_TOO_LARGE_413, "too-large", "The request is too large", detail, Optional.empty());
    }

    /** 422: well-formed, but a value is not acceptable; {@code field} says which. */
    public static Problem invalid(String field, String detail) {
        return new Problem(Status.create(422, "Unprocessable Content"), "invalid", "A value is not acceptable", detail,
                Optional.ofNullable(field));
    }

    /** 429: too many attempts (e.g. wrong access keys); try again after {@code retryAfterSeconds}. */
    public static Problem throttled(String detail) {
        return new Problem(Status.TOO_MANY_REQUESTS_429, "throttled", "Too many attempts", detail, Optional.empty());
    }

    /** 429 with the reason in Russian and English. */
    public static Problem throttled(org.examroom.common.i18n.Explanation reason) {
        return new Problem(Status.TOO_MANY_REQUESTS_429, "throttled", "Too many attempts", reason.in(java.util.Locale.ENGLISH),
                Optional.empty(), Optional.of(Texts.json(reason)));
    }

    public Status status() {
        return status;
    }

    public Optional<String> field() {
        return field;
    }

    /** The JSON body: type, title, status, detail, and field when known. */
    public JsonObject toJson(String instance) {
        JsonObjectBuilder body = Jsons.createObjectBuilder()
                .add("type", "https://examroom.org/problems/" + type)
                .add("title", title)
                .add("status", status.code())
                .add("detail", getMessage());
        field.ifPresent(f -> body.add("field", f));
        explanation.ifPresent(e -> body.add("explanation", e));
        if (instance != null) {
            body.add("instance", instance);
        }
        return body.build();
    }
}
