package org.examroom.central.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonException;
import java.util.UUID;
import org.examroom.common.wire.Jsons;

/**
 * Turns every failure into an RFC 9457 problem detail: precise ones for what the caller did wrong, and for
 * anything else a 500 naming an incident id the operator finds in the log — never a stack trace.
 */
public final class ProblemHandlers {

    private static final System.Logger LOG = System.getLogger(ProblemHandlers.class.getName());
    private static final io.helidon.http.Header PROBLEM_JSON =
            HeaderValues.create(HeaderNames.CONTENT_TYPE, "application/problem+json");

    private ProblemHandlers() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(Problem.class, ProblemHandlers::send)
                .error(JsonException.class, (req, res, e) ->
                        send(req, res, Problem.badRequest(null, "The body is not valid JSON: " + firstLine(e.getMessage()))))
                .error(RequestException.class, (req, res, e) -> byStatus(req, res, e.status(), e))
                .error(HttpException.class, (req, res, e) -> byStatus(req, res, e.status(), e))
                .error(Exception.class, ProblemHandlers::unexpected);
    }

    private static void byStatus(ServerRequest req, ServerResponse res, Status status, Exception e) {
        Problem problem = switch (status.code()) {
            case 413 -> Problem.tooLarge("The body is larger than this server accepts");
            case 404 -> Problem.notFound(null, "No such resource: " + req.prologue().uriPath().path());
            case 405 -> Problem.badRequest(null, "Method " + req.prologue().method().text() + " is not allowed here");
            default -> status.code() >= 500 ? null : Problem.badRequest(null, firstLine(e.getMessage()));
        };
        if (problem == null) {
            unexpected(req, res, e);
        } else {
            send(req, res, problem);
        }
    }

    private static void unexpected(ServerRequest req, ServerResponse res, Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.ERROR, "Incident " + incident + " on " + req.prologue().method().text() + " "
                + req.prologue().uriPath().path(), e);
        res.status(Status.INTERNAL_SERVER_ERROR_500);
        res.header(PROBLEM_JSON);
        res.send(Jsons.createObjectBuilder()
                .add("type", "https://examroom.org/problems/internal")
                .add("title", "Internal error")
                .add("status", 500)
                .add("detail", "The office failed; tell the technician incident " + incident)
                .add("incident", incident)
                .build().toString());
    }

    static void send(ServerRequest req, ServerResponse res, Problem problem) {
        res.status(problem.status());
        res.header(PROBLEM_JSON);
        res.send(problem.toJson(req.prologue().uriPath().path()).toString());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
