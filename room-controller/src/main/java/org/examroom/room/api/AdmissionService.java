package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import org.examroom.common.attempt.Actor;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.exam.Applicant;
import org.examroom.common.exam.StaffId;
import org.examroom.common.i18n.Explanation;
import org.examroom.common.key.AccessKeys;
import org.examroom.common.policy.AdmissionDecision;
import org.examroom.common.policy.AttemptLimitPolicy;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.auth.Secrets;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.Rows;
import org.examroom.room.store.StoredAttempt;

/**
 * At the door: {@code POST /api/v1/attempts/{id}/admit} (passport checked; late arrivals decided by the
 * exam's policy, with the applicant's consent where it needs one), {@code POST …/key} (issue, or re-issue
 * with a reason), {@code POST …/absent}.
 */
public final class AdmissionService implements HttpService {

    private final RoomStore store;
    private final AuditLog audit;
    private final AttemptActions actions;

    public AdmissionService(RoomStore store, AuditLog audit, AttemptActions actions) {
        this.store = store;
        this.audit = audit;
        this.actions = actions;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}", this::get)
                .post("/{id}/admit", this::admit)
                .post("/{id}/key", this::issueKey)
                .post("/{id}/key/revoke", this::revokeKey)
                .post("/{id}/absent", this::absent);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String id = attemptId(req);
        res.send(ExamService.attemptJson(store.attempt(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No attempt " + id))));
    }

    private void admit(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        String id = attemptId(req);
        JsonObject body = Bodies.object(req);
        if (!Bodies.bool(body, "documentChecked")) {
            throw Problem.invalid("documentChecked", "Check the applicant's passport before admitting them");
        }
        Optional<Boolean> consent = body.containsKey("consent") ? Optional.of(Bodies.bool(body, "consent")) : Optional.empty();
        String origin = Guard.origin(req);
        Actor actor = new Actor.Staff(new StaffId(by.id()));

        JsonObject reply = audit.write(r -> {
            StoredAttempt attempt = actions.load(r, id);
            ExamRecord exam = store.exam(r.tx(), attempt.attempt().exam().value()).orElseThrow();
            Applicant applicant = store.applicant(r.tx(), attempt.attempt().applicant().value()).orElseThrow();

            var limit = exam.policies().attempts().decide(store.otherAttemptsAtSubject(r.tx(), applicant.id().value(),
                    exam.exam().subject(), exam.exam().id().value()));
            if (limit instanceof AttemptLimitPolicy.Decision.Refused refused) {
                r.record(by.auditName(), origin, "admission.refused", id, AuditLog.details("reason", "second attempt"));
                return decision("SECOND_ATTEMPT_REFUSED", refused.explanation(), attempt, false);
            }

            AdmissionDecision decision = exam.policies().lateArrival().decide(r.now(), exam.exam().scheduledStart());
            if (decision instanceof AdmissionDecision.AdmittedIfConsents needsConsent && consent.isPresent()) {
                decision = needsConsent.withConsent(consent.get());
            }
            return switch (decision) {
                case AdmissionDecision.Admitted admitted -> {
                    StoredAttempt after = actions.apply(r, attempt, new AttemptEvent.Admitted(applicant.document(),
                            admitted.lateness(), admitted.timeShortened()), actor, by.auditName(), origin);
                    yield decision("ADMITTED", admitted.explanation(), after, false);
                }
                case AdmissionDecision.AdmittedIfConsents ask -> decision("NEEDS_CONSENT", ask.explanation(), attempt, false);
                case AdmissionDecision.NotAdmitted refused -> {
                    r.record(by.auditName(), origin, "admission.refused", id,
                            AuditLog.details("latenessSeconds", refused.lateness().toSeconds(), "actRequired", refused.actRequired()));
                    yield decision("NOT_ADMITTED", refused.explanation(), attempt, refused.actRequired());
                }
                case AdmissionDecision.CountedAbsent absent -> {
                    StoredAttempt after = actions.apply(r, attempt, new AttemptEvent.MarkedAbsent(), actor, by.auditName(), origin);
                    yield decision("COUNTED_ABSENT", absent.explanation(), after, false);
                }
                case AdmissionDecision.TooEarly early -> decision("TOO_EARLY", early.explanation(), attempt, false);
            };
        });
        res.send(reply);
    }

    private static JsonObject decision(String decision, Explanation why, StoredAttempt attempt, boolean actRequired) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("decision", decision).add("explanation", Texts.json(why))
                .add("attempt", ExamService.attemptJson(attempt));
        if (actRequired) {
            b.add("actRequired", true);
        }
        return b.build();
    }

    private void issueKey(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        String id = attemptId(req);
        JsonObject body = req.content().hasEntity() ? Bodies.object(req) : JsonObject.EMPTY_JSON_OBJECT;
        String reason = Bodies.optionalString(body, "reason").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String key = AccessKeys.generate();
        String canonical = AccessKeys.canonical(key).orElseThrow();
        String origin = Guard.origin(req);
        JsonObject reply = audit.write(r -> {
            StoredAttempt attempt = actions.load(r, id);
            String number = "K-" + String.format("%05d", Rows.count(r.tx().namedGet("key-count")) + 1);
            StoredAttempt after = actions.apply(r, attempt, new AttemptEvent.KeyIssued(number, reason),
                    new Actor.Staff(new StaffId(by.id())), by.auditName(), origin);
            r.tx().namedUpdate("key-revoke-attempt", r.now().toEpochMilli(), id);
            r.tx().namedInsert("key-insert", Secrets.sha256(canonical), number, id, r.now().toEpochMilli(), by.id());
            return Jsons.createObjectBuilder().add("key", key).add("keyNumber", number)
                    .add("attempt", ExamService.attemptJson(after)).build();
        });
        res.status(201).send(reply);
    }

    /** Voids the attempt's unused key (e.g. the slip was seen by someone else); a new one is issued with a reason. */
    private void revokeKey(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        String id = attemptId(req);
        long revoked = audit.write(r -> {
            actions.load(r, id);
            long n = r.tx().namedUpdate("key-revoke-attempt", r.now().toEpochMilli(), id);
            if (n > 0) {
                r.record(by.auditName(), Guard.origin(req), "key.revoked", id, AuditLog.none());
            }
            return n;
        });
        if (revoked == 0) {
            throw Problem.conflict("Attempt " + id + " has no unused key to revoke");
        }
        res.status(204).send();
    }

    private void absent(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        String id = attemptId(req);
        StoredAttempt after = audit.write(r -> actions.apply(r, actions.load(r, id), new AttemptEvent.MarkedAbsent(),
                new Actor.Staff(new StaffId(by.id())), by.auditName(), Guard.origin(req)));
        res.send(ExamService.attemptJson(after));
    }

    private static String attemptId(ServerRequest req) {
        String id = req.path().pathParameters().get("id");
        if (!id.matches("[\\p{L}\\p{N}._-]{1,140}")) {
            throw Problem.badRequest("id", "Not an attempt id: '" + id + "'");
        }
        return id;
    }
}
