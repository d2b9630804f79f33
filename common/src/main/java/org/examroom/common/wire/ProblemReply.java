package org.examroom.common.wire;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Optional;

/**
 * What a refusal of the room controller says, read from its RFC 9457 problem details: the title and detail, the
 * explanation in Russian and English when a rule refused, and the field at fault. A body that is not a problem
 * (a proxy's page, nothing at all) reads as empty, never as an exception: the status alone then speaks.
 */
public record ProblemReply(Optional<String> title, Optional<String> detail, Optional<String> explanationRu,
                           Optional<String> explanationEn, Optional<String> field) {

    private static final ProblemReply NONE = new ProblemReply(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public static ProblemReply parse(String body) {
        try (var reader = Jsons.createReader(new StringReader(body))) {
            JsonObject problem = reader.readObject();
            JsonObject explanation = problem.get("explanation") instanceof JsonObject e ? e : JsonObject.EMPTY_JSON_OBJECT;
            return new ProblemReply(text(problem, "title"), text(problem, "detail"), text(explanation, "ru"),
                    text(explanation, "en"), text(problem, "field"));
        } catch (RuntimeException notAProblem) {
            return NONE;
        }
    }

    private static Optional<String> text(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString()) : Optional.empty();
    }
}
