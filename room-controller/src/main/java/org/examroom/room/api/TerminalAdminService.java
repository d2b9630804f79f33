package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.SUPERVISOR;
import static org.examroom.common.exam.StaffRole.TECHNICIAN;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonObject;
import org.examroom.common.wire.Jsons;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.auth.TerminalRegistry;

/**
 * Pairing terminals: the console asks for a one-time code ({@code POST /api/v1/pairing-codes}), the terminal
 * trades it for its credential ({@code POST /api/v1/terminals/pair}); the console lists and revokes terminals.
 */
public final class TerminalAdminService implements HttpService {

    private final TerminalRegistry terminals;

    public TerminalAdminService(TerminalRegistry terminals) {
        this.terminals = terminals;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/pairing-codes", this::newCode)
                .post("/terminals/pair", this::pair)
                .get("/terminals", this::list)
                .post("/terminals/{id}/revoke", this::revoke)
                .get("/terminal/self", this::self);
    }

    private void newCode(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, TECHNICIAN);
        JsonObject body = req.content().hasEntity() ? Bodies.object(req) : JsonObject.EMPTY_JSON_OBJECT;
        var code = terminals.newCode(Bodies.optionalString(body, "roomId"), Bodies.optionalString(body, "seat"), by, Guard.origin(req));
        var reply = Jsons.createObjectBuilder().add("code", code.code()).add("expiresAt", code.expiresAt().toString());
        code.roomId().ifPresent(r -> reply.add("roomId", r));
        code.seatLabel().ifPresent(s -> reply.add("seat", s));
        res.status(201).send(reply.build());
    }

    private void pair(ServerRequest req, ServerResponse res) {
        JsonObject body = Bodies.object(req, 4096);
        var paired = terminals.pair(Bodies.string(body, "terminalId"), Bodies.string(body, "code"), Guard.origin(req));
        var reply = Jsons.createObjectBuilder().add("terminalId", paired.terminal().id()).add("credential", paired.credential());
        if (paired.terminal().roomId() != null) {
            reply.add("roomId", paired.terminal().roomId());
        }
        reply.add("seat", paired.terminal().seatLabel() == null ? "" : paired.terminal().seatLabel());
        res.send(reply.build());
    }

    /** A terminal asks who it is: its id and seat. */
    private void self(ServerRequest req, ServerResponse res) {
        Principal.Terminal t = Guard.terminal(req);
        var reply = Jsons.createObjectBuilder().add("terminalId", t.id());
        if (t.roomId() != null) {
            reply.add("roomId", t.roomId());
        }
        reply.add("seat", t.seatLabel() == null ? "" : t.seatLabel());
        res.send(reply.build());
    }

    private void list(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        var list = Jsons.createArrayBuilder();
        for (var info : terminals.all()) {
            var t = Jsons.createObjectBuilder().add("id", info.terminal().id()).add("pairedAt", info.pairedAt().toString());
            if (info.terminal().roomId() != null) {
                t.add("roomId", info.terminal().roomId());
            }
            if (info.terminal().seatLabel() != null) {
                t.add("seat", info.terminal().seatLabel());
            }
            info.revokedAt().ifPresent(at -> t.add("revokedAt", at.toString()));
            list.add(t);
        }
        res.send(Jsons.createObjectBuilder().add("terminals", list).build());
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, TECHNICIAN);
        terminals.revoke(req.path().pathParameters().get("id"), by, Guard.origin(req));
        res.status(204).send();
    }
}
