package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.COMMITTEE_MEMBER;
import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.examroom.common.attempt.AttemptLifecycle;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.i18n.Explanation;
import org.examroom.common.policy.AppealPolicy;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.Rows;
import org.examroom.room.store.StoredAttempt;
import org.examroom.room.store.WorkCiphers;

/**
 * Appeals (TPU 5.9; SPbGUPTD 1.14): filed for an applicant on the procedure (that day, in the room) or on the result
 * (within the exam's appeal window after the result is published), each taken or refused by the exam's appeal policy
 * at the controller's clock; decided once by the commission, an upheld appeal on the result may set new points.
 */
public final class AppealService implements HttpService {

    /** What an appeal is about. */
    enum Kind {
        PROCEDURE,
        RESULT
    }

    /** The commission's decision. */
    enum Outcome {
        REJECTED,
        UPHELD
    }

    private final RoomStore store;
    private final AuditLog audit;

    public AppealService(RoomStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/attempts/{id}/appeals", this::file)
                .post("/appeals/{id}/decision", this::decide)
                .get("/exams/{id}/appeals", this::list);
    }

    /** A filing: the appeal as stored and why it was taken, or why it was refused (recorded all the same). */
    private record Filing(Optional<JsonObject> appeal, Explanation explanation) {
    }

    private void file(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, SECRETARY);
        String attemptId = req.path().pathParameters().get("id");
        JsonObject body = Bodies.object(req, 32 * 1024);
        Kind kind = ExamService.enumValue(Kind.class, "kind", Bodies.string(body, "kind"));
        String text = text(body, "text", 8000);
        String origin = Guard.origin(req);
        Filing filing = audit.write(r -> {
            StoredAttempt attempt = store.attempt(r.tx(), attemptId).orElseThrow(() -> Problem.notFound("id", "No attempt " + attemptId));
            ExamRecord exam = store.exam(r.tx(), attempt.attempt().exam().value()).orElseThrow();
            AppealPolicy policy = exam.policies().appeals();
            AppealPolicy.Decision decision = switch (kind) {
                case PROCEDURE -> policy.procedure(r.now(), exam.exam().scheduledStart(), attempt.attempt().state());
                case RESULT -> onResult(r.tx(), policy, attempt, r.now());
            };
            return switch (decision) {
                case AppealPolicy.Decision.Refused refused -> {
                    r.record(by.auditName(), origin, "appeal.refused", attemptId, AuditLog.details("kind", kind,
                            "reason", refused.explanation().in(java.util.Locale.ENGLISH)));
                    yield new Filing(Optional.empty(), refused.explanation());
                }
                case AppealPolicy.Decision.Accepted accepted -> {
                    String id = "AP-" + String.format("%05d", Rows.count(r.tx().namedGet("appeal-count")) + 1);
                    r.tx().namedInsert("appeal-insert", id, attemptId, exam.exam().id().value(), kind.name(), text, r.now().toEpochMilli(),
                            by.id(), accepted.deadline().toEpochMilli());
                    r.record(by.auditName(), origin, "appeal.filed", attemptId, AuditLog.details("appeal", id, "kind", kind));
                    yield new Filing(Optional.of(json(r.tx().namedGet("appeal-get", id).orElseThrow())), accepted.explanation());
                }
            };
        });
        JsonObject appeal = filing.appeal().orElseThrow(() -> Problem.refused(filing.explanation()));
        res.status(201).send(Jsons.createObjectBuilder(appeal).add("explanation", Texts.json(filing.explanation())).build());
    }

    /**
     * An appeal on the result needs a published result: the work graded and decoded (the time of decoding is the
     * publication), not annulled nor left ungraded.
     */
    private AppealPolicy.Decision onResult(DbExecute tx, AppealPolicy policy, StoredAttempt attempt, Instant now) {
        Optional<DbRow> result = tx.namedGet("result-get", attempt.id());
        String status = result.map(r -> Rows.string(r, "STATUS")).orElse("");
        if ("ANNULLED".equals(status) || "NOT_GRADABLE".equals(status)) {
            return new AppealPolicy.Decision.Refused(Explanation.of("appeal.result.noResult",
                    Explanation.of("ANNULLED".equals(status) ? "grade.annulled" : "grade.notGradable")));
        }
        if (attempt.attempt().state() != AttemptState.SUBMITTED) {
            return new AppealPolicy.Decision.Refused(Explanation.of("appeal.result.noResult",
                    AttemptLifecycle.stateName(attempt.attempt().state())));
        }
        Optional<Instant> published = Optional.empty();
        if (ResultsService.GRADED.equals(status)) {
            WorkCiphers.Cipher cipher = WorkCiphers.byAttempt(tx, attempt.attempt().exam().value()).get(attempt.id());
            published = cipher == null ? Rows.instant(result.get(), "GRADED_AT") : cipher.decodedAt();
        }
        return policy.result(now, published);
    }

    private void decide(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, COMMITTEE_MEMBER, SUPERVISOR);
        String id = req.path().pathParameters().get("id");
        JsonObject body = Bodies.object(req, 32 * 1024);
        Outcome outcome = ExamService.enumValue(Outcome.class, "outcome", Bodies.string(body, "outcome"));
        String reason = text(body, "reason", 4000);
        Optional<Long> newPoints = Bodies.optionalInteger(body, "newPoints");
        JsonObject reply = audit.write(r -> {
            DbRow appeal = r.tx().namedGet("appeal-get", id).orElseThrow(() -> Problem.notFound("id", "No appeal " + id));
            Optional<String> decided = Rows.optionalString(appeal, "OUTCOME");
            if (decided.isPresent()) {
                throw Problem.conflict("Appeal " + id + " was decided already (" + decided.get() + " at "
                        + Rows.instant(appeal, "DECIDED_AT").orElseThrow() + "); a decision is not taken twice");
            }
            String attemptId = Rows.string(appeal, "ATTEMPT_ID");
            ExamRecord exam = store.exam(r.tx(), Rows.string(appeal, "EXAM_ID")).orElseThrow();
            Optional<DbRow> result = r.tx().namedGet("result-get", attemptId);
            int before = result.map(row -> Rows.intValue(row, "POINTS")).orElse(-1);
            int after = -1;
            if (newPoints.isPresent()) {
                if (Kind.valueOf(Rows.string(appeal, "KIND")) != Kind.RESULT || outcome != Outcome.UPHELD || before < 0) {
                    throw Problem.invalid("newPoints", "Only an upheld appeal on a graded result sets new points");
                }
                if (newPoints.get() < 0 || newPoints.get() > exam.exam().maxScore()) {
                    throw Problem.invalid("newPoints", "Points lie in 0.." + exam.exam().maxScore() + ", not " + newPoints.get());
                }
                after = newPoints.get().intValue();
                r.tx().namedUpdate("result-points", after, after >= exam.exam().passMark(), attemptId);
            }
            r.tx().namedUpdate("appeal-decide", outcome.name(), reason, r.now().toEpochMilli(), by.id(), before, after, id);
            r.record(by.auditName(), Guard.origin(req), "appeal.decided", attemptId,
                    AuditLog.details("appeal", id, "outcome", outcome, "pointsBefore", before < 0 ? null : before,
                            "pointsAfter", after < 0 ? null : after));
            return json(r.tx().namedGet("appeal-get", id).orElseThrow());
        });
        res.send(reply);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String id = Paths.id(req, "id");
        store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id));
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        try (Stream<DbRow> rows = store.read().namedQuery("appeals-of-exam", id)) {
            rows.forEach(r -> list.add(json(r)));
        }
        res.send(Jsons.createObjectBuilder().add("appeals", list).build());
    }

    private static JsonObject json(DbRow r) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("id", Rows.string(r, "ID")).add("attemptId", Rows.string(r, "ATTEMPT_ID"))
                .add("examId", Rows.string(r, "EXAM_ID")).add("kind", Rows.string(r, "KIND")).add("text", Rows.string(r, "TEXT"))
                .add("filedAt", Rows.instant(r, "FILED_AT").orElseThrow().toString()).add("filedBy", Rows.string(r, "FILED_BY"))
                .add("deadline", Rows.instant(r, "DEADLINE").orElseThrow().toString());
        Rows.optionalString(r, "OUTCOME").ifPresent(outcome -> {
            JsonObjectBuilder d = Jsons.createObjectBuilder().add("outcome", outcome).add("reason", Rows.string(r, "REASON"))
                    .add("decidedAt", Rows.instant(r, "DECIDED_AT").orElseThrow().toString()).add("decidedBy", Rows.string(r, "DECIDED_BY"));
            if (Rows.intValue(r, "POINTS_BEFORE") >= 0) {
                d.add("pointsBefore", Rows.intValue(r, "POINTS_BEFORE"));
            }
            if (Rows.intValue(r, "POINTS_AFTER") >= 0) {
                d.add("pointsAfter", Rows.intValue(r, "POINTS_AFTER"));
            }
            b.add("decision", d);
        });
        return b.build();
    }

    private static String text(JsonObject body, String field, int max) {
        String v = Bodies.string(body, field).strip();
        if (v.isEmpty() || v.length() > max) {
            throw Problem.invalid(field, "Field '" + field + "' must be 1.." + max + " characters");
        }
        return v;
    }
}
