package org.examroom.room.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.examroom.common.exam.StaffRole;
import org.examroom.common.i18n.Explanation;
import org.examroom.common.wire.Jsons;
import org.examroom.room.auth.Guard;
import org.examroom.room.sync.SyncAgent;
import org.examroom.room.sync.SyncStatus;

/**
 * Sync to the central office, for the console: {@code GET /api/v1/sync} (any staff member) shows pending,
 * sent and acknowledged chunks and removal acts whose deadline is at risk; {@code POST /api/v1/sync/run}
 * (technician or supervisor) tries a round now. The agent stops with the server.
 */
public final class SyncStatusService implements HttpService {

    private final SyncAgent agent;

    public SyncStatusService(SyncAgent agent) {
        this.agent = agent;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::status)
                .post("/run", this::run);
    }

    private void status(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        res.send(json(agent.status()));
    }

    private void run(ServerRequest req, ServerResponse res) {
        Guard.staff(req, StaffRole.TECHNICIAN, StaffRole.SUPERVISOR);
        agent.syncNow();
        res.send(json(agent.status()));
    }

    @Override
    public void afterStop() {
        agent.close();
    }

    static JsonObject json(SyncStatus s) {
        JsonArrayBuilder atRisk = Jsons.createArrayBuilder();
        s.removalsAtRisk().forEach(r -> atRisk.add(Jsons.createObjectBuilder().add("attemptId", r.attemptId())
                .add("removedAt", r.removedAt().toString()).add("deadline", r.deadline().toString())));
        JsonObjectBuilder b = Jsons.createObjectBuilder()
                .add("configured", s.configured())
                .add("site", s.site())
                .add("publicKey", s.publicKey())
                .add("pendingChunks", s.pendingChunks())
                .add("sentChunks", s.sentChunks())
                .add("acknowledgedChunks", s.acknowledgedChunks())
                .add("unacknowledgedAttempts", s.unacknowledgedAttempts())
                .add("changedAttempts", s.changedAttempts())
                .add("removalsAtRisk", atRisk);
        s.lastAcknowledged().ifPresent(t -> b.add("lastAcknowledged", t.toString()));
        s.lastProblem().ifPresent(p -> b.add("lastProblem", p));
        s.nextTry().ifPresent(t -> b.add("nextTry", t.toString()));
        s.removalsAtRisk().stream().findFirst().ifPresent(first -> b.add("warning", Texts.json(
                Explanation.of("sync.removalActAtRisk", first.attemptId(), first.deadline().toString()))));
        return b.build();
    }
}
