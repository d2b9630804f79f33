package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.COMMITTEE_MEMBER;
import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;
import static org.examroom.common.exam.StaffRole.TECHNICIAN;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;

/** The audit trail for the console: {@code GET /api/v1/audit?after=N&limit=M} and {@code GET /api/v1/audit/verify}. */
public final class AuditService implements HttpService {

    private final AuditLog audit;

    public AuditService(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::entries).get("/verify", this::verify);
    }

    private void entries(ServerRequest req, ServerResponse res) {
        Guard.staff(req, SUPERVISOR, COMMITTEE_MEMBER, SECRETARY, TECHNICIAN);
        long after = query(req, "after", 0, Long.MAX_VALUE, 0);
        int limit = (int) query(req, "limit", 1, 1000, 200);
        var list = Jsons.createArrayBuilder();
        for (var e : audit.entries(after, limit)) {
            list.add(Jsons.createObjectBuilder().add("seq", e.seq()).add("at", e.at().toString()).add("actor", e.actor())
                    .add("origin", e.origin()).add("action", e.action()).add("subject", e.subject())
                    .add("details", Jsons.createReader(new java.io.StringReader(e.details())).readObject())
                    .add("hash", e.hash()));
        }
        res.send(Jsons.createObjectBuilder().add("entries", list).build());
    }

    private void verify(ServerRequest req, ServerResponse res) {
        Guard.staff(req, SUPERVISOR, COMMITTEE_MEMBER, SECRETARY, TECHNICIAN);
        var v = audit.verify();
        var reply = Jsons.createObjectBuilder().add("intact", v.intact()).add("entries", v.entries());
        v.firstBreak().ifPresent(b -> reply.add("firstBreak", b));
        res.send(reply.build());
    }

    /** A whole-number query parameter within bounds, or the default when absent. */
    static long query(ServerRequest req, String name, long min, long max, long dflt) {
        var value = req.query().first(name);
        if (value.isEmpty()) {
            return dflt;
        }
        try {
            long n = Long.parseLong(value.get());
            if (n < min || n > max) {
                throw Problem.badRequest(name, "Query parameter '" + name + "' must lie in " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name, "Query parameter '" + name + "' must be a whole number, not '" + value.get() + "'");
        }
    }
}
