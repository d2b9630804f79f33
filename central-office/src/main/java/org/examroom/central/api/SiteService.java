package org.examroom.central.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.examroom.central.intake.Site;
import org.examroom.central.intake.SyncIntake;
import org.examroom.common.wire.Jsons;

/**
 * Sites: {@code PUT /api/v1/sites/{id}} registers one with {@code name} and {@code publicKey};
 * {@code GET /api/v1/sites} lists them with how far each one's record has come;
 * {@code GET /api/v1/sites/refused} lists refused chunks.
 */
public final class SiteService implements HttpService {

    private final SyncIntake intake;

    public SiteService(SyncIntake intake) {
        this.intake = intake;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .get("/refused", this::refused)
                .put("/{id}", this::register);
    }

    private void list(ServerRequest req, ServerResponse res) {
        JsonArrayBuilder sites = Jsons.createArrayBuilder();
        intake.sites().forEach(s -> sites.add(json(s)));
        res.send(Jsons.createObjectBuilder().add("sites", sites).build());
    }

    private void register(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        JsonObject body;
        try (var reader = Jsons.createReader(new StringReader(req.content().as(String.class)))) {
            body = reader.readObject();
        }
        String name = body.getString("name", id);
        String key = body.getString("publicKey", "");
        if (!SyncIntake.validSiteId(id)) {
            throw Problem.invalid("id", "A site id is 1–64 letters, digits, dots, dashes or underscores");
        }
        if (org.examroom.common.sync.ChunkSeal.publicKey(key).isEmpty()) {
            throw Problem.invalid("publicKey", "Not a Base64 X.509 Ed25519 public key (the room prints it: <data>/sync/site.pub)");
        }
        res.send(json(intake.register(id, name, key)));
    }

    private void refused(ServerRequest req, ServerResponse res) {
        JsonArrayBuilder refused = Jsons.createArrayBuilder();
        intake.refused().forEach(r -> refused.add(Jsons.createObjectBuilder().add("id", r.id()).add("site", r.site()).add("no", r.no())
                .add("reason", r.reason()).add("detail", r.detail()).add("receivedAt", r.receivedAt().toString())
                .add("file", r.file().toString())));
        res.send(Jsons.createObjectBuilder().add("refused", refused).build());
    }

    static JsonObject json(Site s) {
        return Jsons.createObjectBuilder().add("id", s.id()).add("name", s.name()).add("publicKey", s.publicKey())
                .add("registeredAt", s.registeredAt().toString()).add("lastChunkNo", s.lastChunkNo())
                .add("auditSeq", s.auditSeq()).build();
    }
}
