package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.COMMITTEE_MEMBER;
import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.dbclient.DbRow;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.store.EvidenceFiles;
import org.examroom.room.store.RecordedEventsJson;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.Rows;
import org.examroom.room.store.StoredAttempt;

/**
 * The room's records beyond attempts: each attempt's timeline with its evidence, the reconciliation of
 * works against applicants, observers who entered the room, and extra draft sheets issued.
 */
public final class RecordsService implements HttpService {

    private final RoomStore store;
    private final AuditLog audit;
    private final EvidenceFiles evidence;

    public RecordsService(RoomStore store, AuditLog audit, EvidenceFiles evidence) {
        this.store = store;
        this.audit = audit;
        this.evidence = evidence;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/attempts/{id}/timeline", this::timeline)
                .get("/evidence/{id}", this::evidenceFile)
                .get("/exams/{id}/reconciliation", this::reconciliation)
                .post("/rooms/{id}/observers", this::observerEntered)
                .post("/rooms/{id}/observers/{entry}/left", this::observerLeft)
                .get("/rooms/{id}/observers", this::observers)
                .post("/attempts/{id}/draft-sheets", this::draftSheets)
                .get("/exams/{id}/draft-sheets", this::draftLog);
    }

    /** The attempt's events, oldest first, and its evidence (photos, proctoring events with snapshots). */
    private void timeline(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String id = req.path().pathParameters().get("id");
        StoredAttempt attempt = store.attempt(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No attempt " + id));
        JsonArrayBuilder evidence = Jsons.createArrayBuilder();
        try (Stream<DbRow> rows = store.read().namedQuery("evidence-of-attempt", id)) {
            rows.forEach(r -> evidence.add(Jsons.createObjectBuilder().add("id", Rows.longValue(r, "ID")).add("kind", Rows.string(r, "KIND"))
                    .add("at", Rows.instant(r, "AT_MS").orElseThrow().toString()).add("hasFile", !Rows.string(r, "PATH").isEmpty())
                    .add("details", Jsons.createReader(new StringReader(Rows.string(r, "DETAILS"))).readObject())));
        }
        res.send(Jsons.createObjectBuilder().add("attempt", ExamService.attemptJson(attempt))
                .add("events", RecordedEventsJson.json(attempt.attempt().history())).add("evidence", evidence).build());
    }

    /** A photo or snapshot, for a supervisor or the committee; viewing it is put on the record (it is personal data). */
    private void evidenceFile(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, COMMITTEE_MEMBER);
        long id;
        try {
            id = Long.parseLong(req.path().pathParameters().get("id"));
        } catch (NumberFormatException e) {
            throw Problem.badRequest("id", "An evidence id is a number");
        }
        String path = store.read().get("SELECT path FROM evidence WHERE id = ?", id)
                .map(r -> Rows.string(r, "PATH")).filter(p -> !p.isEmpty())
                .orElseThrow(() -> Problem.notFound("id", "No evidence file " + id));
        byte[] file;
        try {
            file = evidence.read(path);
        } catch (IllegalArgumentException outside) {
            throw Problem.notFound("id", "No evidence file " + id);
        }
        audit.record(by.auditName(), Guard.origin(req), "evidence.viewed", Long.toString(id), AuditLog.none());
        res.header(HeaderNames.CONTENT_TYPE, "image/jpeg");
        res.send(file);
    }

    /**
     * Works against applicants (SPbGUPTD 4.19–4.20): of those admitted, how many handed in a work, were
     * removed (with an act), had a technical failure, or are still writing; a work missing from that count
     * is a mismatch that needs an act.
     */
    private void reconciliation(ServerRequest req, ServerResponse res) {
        Guard.staff(req, SUPERVISOR, COMMITTEE_MEMBER, SECRETARY);
        String id = Paths.id(req, "id");
        store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id));
        Map<AttemptState, Integer> counts = new EnumMap<>(AttemptState.class);
        JsonArrayBuilder open = Jsons.createArrayBuilder();
        for (StoredAttempt a : store.attemptsOfExam(store.read(), id)) {
            counts.merge(a.attempt().state(), 1, Integer::sum);
            if (a.attempt().state().isUnderWay()) {
                open.add(ExamService.attemptJson(a));
            }
        }
        int registered = counts.values().stream().mapToInt(Integer::intValue).sum();
        int absent = counts.getOrDefault(AttemptState.ABSENT, 0) + counts.getOrDefault(AttemptState.REGISTERED, 0);
        int present = registered - absent;
        int works = counts.getOrDefault(AttemptState.SUBMITTED, 0);
        int removed = counts.getOrDefault(AttemptState.REMOVED, 0);
        int failures = counts.getOrDefault(AttemptState.TECHNICAL_FAILURE, 0);
        int unaccounted = present - works - removed - failures;
        JsonObject reply = Jsons.createObjectBuilder().add("examId", id).add("registered", registered).add("present", present)
                .add("absent", absent).add("worksHandedIn", works).add("removed", removed).add("technicalFailures", failures)
                .add("notFinished", unaccounted).add("reconciled", unaccounted == 0).add("openAttempts", open).build();
        res.send(reply);
    }

    private void observerEntered(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        String room = Paths.id(req, "id");
        store.room(store.read(), room).orElseThrow(() -> Problem.notFound("id", "No room " + room));
        JsonObject body = Bodies.object(req);
        String name = required(body, "fullName", 300);
        String role = required(body, "role", 100);
        String organisation = Bodies.optionalString(body, "organisation").orElse("").strip();
        audit.write(r -> {
            r.tx().namedInsert("observer-insert", room, name, role, organisation, r.now().toEpochMilli(), by.id());
            r.record(by.auditName(), Guard.origin(req), "observer.entered", room, AuditLog.details("role", role));
            return null;
        });
        res.status(201).send(Jsons.createObjectBuilder().add("recorded", true).build());
    }

    private void observerLeft(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        String room = Paths.id(req, "id");
        long entry;
        try {
            entry = Long.parseLong(req.path().pathParameters().get("entry"));
        } catch (NumberFormatException e) {
            throw Problem.badRequest("entry", "An entry id is a number");
        }
        long n = audit.write(r -> {
            long changed = r.tx().namedUpdate("observer-leave", r.now().toEpochMilli(), entry);
            if (changed > 0) {
                r.record(by.auditName(), Guard.origin(req), "observer.left", room, AuditLog.details("entry", entry));
            }
            return changed;
        });
        if (n == 0) {
            throw Problem.notFound("entry", "No observer in the room under entry " + entry);
        }
        res.status(204).send();
    }

    private void observers(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String room = Paths.id(req, "id");
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        try (Stream<DbRow> rows = store.read().namedQuery("observers-of-room", room)) {
            rows.forEach(r -> {
                var b = Jsons.createObjectBuilder().add("id", Rows.longValue(r, "ID")).add("fullName", Rows.string(r, "FULL_NAME"))
                        .add("role", Rows.string(r, "ROLE")).add("organisation", Rows.string(r, "ORGANISATION"))
                        .add("enteredAt", Rows.instant(r, "ENTERED_AT").orElseThrow().toString());
                Rows.instant(r, "LEFT_AT").ifPresent(t -> b.add("leftAt", t.toString()));
                list.add(b);
            });
        }
        res.send(Jsons.createObjectBuilder().add("observers", list).build());
    }

    private void draftSheets(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        String id = req.path().pathParameters().get("id");
        long sheets = Bodies.integer(Bodies.object(req), "sheets");
        if (sheets < 1 || sheets > 20) {
            throw Problem.invalid("sheets", "Issue 1..20 sheets at a time");
        }
        audit.write(r -> {
            store.attempt(r.tx(), id).orElseThrow(() -> Problem.notFound("id", "No attempt " + id));
            r.tx().namedInsert("draft-insert", id, (int) sheets, r.now().toEpochMilli(), by.id());
            r.record(by.auditName(), Guard.origin(req), "draft.issued", id, AuditLog.details("sheets", sheets));
            return null;
        });
        res.status(201).send(Jsons.createObjectBuilder().add("recorded", true).build());
    }

    private void draftLog(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String id = Paths.id(req, "id");
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        try (Stream<DbRow> rows = store.read().namedQuery("drafts-of-exam", id)) {
            rows.forEach(r -> list.add(Jsons.createObjectBuilder().add("attemptId", Rows.string(r, "ATTEMPT_ID"))
                    .add("applicantId", Rows.string(r, "APPLICANT_ID")).add("sheets", Rows.intValue(r, "SHEETS"))
                    .add("issuedAt", Rows.instant(r, "ISSUED_AT").orElseThrow().toString()).add("issuedBy", Rows.string(r, "ISSUED_BY"))));
        }
        res.send(Jsons.createObjectBuilder().add("draftSheets", list).build());
    }

    private static String required(JsonObject body, String field, int max) {
        String v = Bodies.string(body, field).strip();
        if (v.isEmpty() || v.length() > max) {
            throw Problem.invalid(field, "Field '" + field + "' must be 1.." + max + " characters");
        }
        return v;
    }
}
