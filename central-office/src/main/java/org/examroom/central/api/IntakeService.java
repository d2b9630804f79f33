package org.examroom.central.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import org.examroom.central.intake.IntakeOutcome;
import org.examroom.central.intake.SyncIntake;
import org.examroom.common.wire.Jsons;

/**
 * {@code POST /api/v1/sync/chunks}: a site's signed chunk. 200 with {@code accepted} or {@code duplicate}
 * (nothing changed), or a 409 problem naming the reason it was refused.
 */
public final class IntakeService implements HttpService {

    /** The one path that needs no admin token. */
    public static final String CHUNKS_PATH = "/api/v1/sync/chunks";

    private final SyncIntake intake;

    public IntakeService(SyncIntake intake) {
        this.intake = intake;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/chunks", this::receive);
    }

    private void receive(ServerRequest req, ServerResponse res) {
        JsonObject envelope;
        try (var reader = Jsons.createReader(new StringReader(req.content().as(String.class)))) {
            envelope = reader.readObject();
        }
        String site = text(envelope, "site");
        String body = text(envelope, "body");
        String signature = text(envelope, "signature");
        if (!(envelope.get("no") instanceof jakarta.json.JsonNumber no) || !no.isIntegral() || no.longValue() < 1) {
            throw Problem.badRequest("no", "'no' must be the chunk's number, counting from 1");
        }
        IntakeOutcome outcome = intake.receive(site, no.longValue(), body, signature);
        switch (outcome) {
            case IntakeOutcome.Accepted a -> res.send(Jsons.createObjectBuilder().add("status", "accepted").add("site", a.site())
                    .add("no", a.no()).add("attempts", a.attempts()).add("auditEntries", a.auditEntries()).build());
            case IntakeOutcome.Duplicate d -> res.send(Jsons.createObjectBuilder().add("status", "duplicate").add("site", d.site())
                    .add("no", d.no()).build());
            case IntakeOutcome.Refused r -> throw Problem.refusedChunk(r.reason().wireName(), r.detail(), r.id());
        }
    }

    private static String text(JsonObject envelope, String field) {
        if (!(envelope.get(field) instanceof JsonString s)) {
            throw Problem.badRequest(field, "'" + field + "' must be a string");
        }
        return s.getString();
    }
}
