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
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.attempt.RecordedEvent;
import org.examroom.common.exam.Applicant;
import org.examroom.common.time.MoscowTime;
import org.examroom.documents.Committee;
import org.examroom.documents.Documents;
import org.examroom.documents.ExamSitting;
import org.examroom.documents.KeyRegister;
import org.examroom.documents.Reconciliation;
import org.examroom.documents.RemovalAct;
import org.examroom.documents.ReserveDayApplication;
import org.examroom.documents.ResultsProtocol;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.Rows;
import org.examroom.room.store.StoredAttempt;

/**
 * The room's documents as printable A4 PDFs with a Cyrillic font, made from what the controller holds:
 * the access-key register, the removal act, the reconciliation record and the results protocol. Each
 * download is put on the audit trail.
 */
public final class DocumentsService implements HttpService {

    private final RoomStore store;
    private final AuditLog audit;
    private final String university;

    public DocumentsService(RoomStore store, AuditLog audit, String university) {
        this.store = store;
        this.audit = audit;
        this.university = university;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/exams/{id}/documents/key-register.pdf", this::keyRegister)
                .get("/exams/{id}/documents/reconciliation.pdf", this::reconciliation)
                .get("/exams/{id}/documents/results-protocol.pdf", this::resultsProtocol)
                .get("/attempts/{id}/documents/removal-act.pdf", this::removalAct)
                .get("/attempts/{id}/documents/reserve-day-application.pdf", this::reserveDayApplication);
    }

    private void keyRegister(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, SECRETARY);
        ExamRecord exam = exam(req);
        List<StoredAttempt> attempts = store.attemptsOfExam(store.read(), exam.exam().id().value());
        Map<String, DbRow> keyOf = new HashMap<>();
        try (Stream<DbRow> rows = store.read().namedQuery("keys-of-exam", exam.exam().id().value())) {
            rows.filter(r -> r.column("REVOKED_AT").get(Long.class) == null).forEach(r -> keyOf.put(Rows.string(r, "ATTEMPT_ID"), r));
        }
        List<KeyRegister.Line> lines = new ArrayList<>();
        for (StoredAttempt a : attempts) {
            Applicant p = applicant(a);
            DbRow key = keyOf.get(a.id());
            lines.add(new KeyRegister.Line(p.name().full(), p.document().number(), a.seatLabel().orElse("—"),
                    key == null ? "—" : Rows.string(key, "KEY_NUMBER"),
                    key == null ? Optional.empty() : Rows.instant(key, "ISSUED_AT").map(DocumentsService::moscowTime)));
        }
        send(req, res, by, "key-register", exam.exam().id().value(),
                Documents.keyRegister(new KeyRegister(sitting(exam, attempts), staffWith(SUPERVISOR).stream().findFirst().orElse(""), lines)));
    }

    private void removalAct(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, COMMITTEE_MEMBER, SECRETARY);
        String id = req.path().pathParameters().get("id");
        StoredAttempt attempt = store.attempt(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No attempt " + id));
        RecordedEvent removal = attempt.attempt().first(AttemptEvent.Removed.class)
                .orElseThrow(() -> Problem.conflict("Attempt " + id + " was not removed: there is no act"));
        AttemptEvent.Removed act = (AttemptEvent.Removed) removal.event();
        Instant began = attempt.attempt().first(AttemptEvent.TestStarted.class).map(RecordedEvent::at)
                .or(() -> attempt.attempt().first(AttemptEvent.Admitted.class).map(RecordedEvent::at)).orElse(removal.at());
        ExamRecord exam = store.exam(store.read(), attempt.attempt().exam().value()).orElseThrow();
        Applicant p = applicant(attempt);
        byte[] pdf = Documents.removalAct(new RemovalAct(act.actNumber(), sitting(exam, List.of(attempt)), p.name().full(),
                p.document().number(), act.rule(), act.reason(), moscowTime(began), moscowTime(removal.at()), committee()));
        send(req, res, by, "removal-act", id, pdf);
    }

    /**
     * The reserve-day application (SFU Appendix 1) of an applicant whose test stopped on a technical failure, filled
     * in with what the controller knows; the reserve day and the way of taking it are left for the applicant.
     */
    private void reserveDayApplication(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, COMMITTEE_MEMBER, SECRETARY);
        String id = req.path().pathParameters().get("id");
        StoredAttempt attempt = store.attempt(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No attempt " + id));
        RecordedEvent failure = attempt.attempt().first(AttemptEvent.TechnicalFailure.class)
                .orElseThrow(() -> Problem.conflict("Attempt " + id + " did not stop on a technical failure"));
        String description = ((AttemptEvent.TechnicalFailure) failure.event()).description();
        ExamRecord exam = store.exam(store.read(), attempt.attempt().exam().value()).orElseThrow();
        Applicant p = applicant(attempt);
        String document = p.document().number().strip();
        int space = document.lastIndexOf(' ');
        String series = space > 0 ? document.substring(0, space).strip() : "";
        String number = space > 0 ? document.substring(space + 1) : document;
        byte[] pdf = Documents.reserveDayApplication(new ReserveDayApplication(university, p.name().full(), series, number,
                exam.exam().subject(), java.util.Optional.empty(), "технический сбой во время вступительного испытания: "
                + description, "акт о технической неисправности от " + MoscowTime.of(failure.at()).toLocalDate()
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                ReserveDayApplication.Mode.NOT_CHOSEN, MoscowTime.of(failure.at()).toLocalDate()));
        send(req, res, by, "reserve-day-application", id, pdf);
    }

    private void reconciliation(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, COMMITTEE_MEMBER, SECRETARY);
        ExamRecord exam = exam(req);
        List<StoredAttempt> attempts = store.attemptsOfExam(store.read(), exam.exam().id().value());
        List<Reconciliation.Row> rows = new ArrayList<>();
        for (StoredAttempt a : attempts) {
            AttemptState s = a.attempt().state();
            boolean present = s != AttemptState.REGISTERED && s != AttemptState.ABSENT;
            boolean work = s == AttemptState.SUBMITTED || s == AttemptState.REMOVED || s == AttemptState.TECHNICAL_FAILURE;
            String note = switch (s) {
                case REMOVED -> "удалён, акт № " + a.attempt().first(AttemptEvent.Removed.class)
                        .map(e -> ((AttemptEvent.Removed) e.event()).actNumber()).orElse("—");
                case TECHNICAL_FAILURE -> "технический сбой, резервный день";
                case ABSENT, REGISTERED -> "не явился";
                default -> "";
            };
            rows.add(new Reconciliation.Row(applicant(a).name().full(), a.seatLabel().orElse("—"), present, work, note));
        }
        send(req, res, by, "reconciliation", exam.exam().id().value(),
                Documents.reconciliation(new Reconciliation(sitting(exam, attempts), committee(), rows)));
    }

    private void resultsProtocol(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, COMMITTEE_MEMBER, SUPERVISOR, SECRETARY);
        ExamRecord exam = exam(req);
        List<StoredAttempt> attempts = store.attemptsOfExam(store.read(), exam.exam().id().value());
        Map<String, DbRow> results = new HashMap<>();
        try (Stream<DbRow> rows = store.read().namedQuery("results-of-exam", exam.exam().id().value())) {
            rows.forEach(r -> results.put(Rows.string(r, "ATTEMPT_ID"), r));
        }
        if (results.isEmpty()) {
            throw Problem.conflict("The exam has not been graded yet: POST /api/v1/exams/" + exam.exam().id() + "/results first");
        }
        List<ResultsProtocol.Row> rows = new ArrayList<>();
        for (StoredAttempt a : attempts) {
            DbRow r = results.get(a.id());
            if (r == null || Rows.intValue(r, "POINTS") < 0 && !"ANNULLED".equals(Rows.string(r, "STATUS"))) {
                continue;
            }
            boolean annulled = "ANNULLED".equals(Rows.string(r, "STATUS"));
            rows.add(new ResultsProtocol.Row(applicant(a).name().full(), Math.max(0, Rows.intValue(r, "POINTS")), annulled));
        }
        List<String> committee = staffWith(COMMITTEE_MEMBER);
        send(req, res, by, "results-protocol", exam.exam().id().value(), Documents.resultsProtocol(new ResultsProtocol(
                sitting(exam, attempts), false, exam.exam().passMark(), committee.isEmpty() ? "" : committee.getFirst(),
                committee.size() < 2 ? "" : committee.get(1), rows)));
    }

    private void send(ServerRequest req, ServerResponse res, Principal.Staff by, String document, String subject, byte[] pdf) {
        audit.record(by.auditName(), Guard.origin(req), "document." + document, subject, AuditLog.none());
        res.header(HeaderNames.CONTENT_TYPE, "application/pdf");
        res.header(HeaderNames.CONTENT_DISPOSITION, "inline; filename=\"" + subject + "-" + document + ".pdf\"");
        res.send(pdf);
    }

    private ExamRecord exam(ServerRequest req) {
        String id = Paths.id(req, "id");
        return store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id));
    }

    private Applicant applicant(StoredAttempt a) {
        return store.applicant(store.read(), a.attempt().applicant().value()).orElseThrow();
    }

    private ExamSitting sitting(ExamRecord exam, List<StoredAttempt> attempts) {
        Set<String> rooms = new LinkedHashSet<>();
        for (StoredAttempt a : attempts) {
            a.roomId().flatMap(r -> store.room(store.read(), r)).ifPresent(r -> rooms.add(r.name()));
        }
        return new ExamSitting(university, exam.exam().subject(), exam.exam().programme(),
                MoscowTime.of(exam.exam().scheduledStart()).toLocalDate(), rooms.isEmpty() ? "—" : String.join(", ", rooms));
    }

    /** The committee as the controller knows it: the supervisor, and committee members in name order. */
    private Committee committee() {
        List<String> members = staffWith(COMMITTEE_MEMBER);
        return new Committee(staffWith(SUPERVISOR).stream().findFirst().orElse(""),
                members.isEmpty() ? "" : members.getFirst(), members.size() < 2 ? "" : members.get(1),
                members.size() <= 2 ? List.of() : members.subList(2, members.size()));
    }

    private List<String> staffWith(org.examroom.common.exam.StaffRole role) {
        try (Stream<DbRow> rows = store.read().namedQuery("staff-all")) {
            return rows.filter(r -> List.of(Rows.string(r, "ROLES").split(",")).contains(role.name()))
                    .filter(r -> !"admin".equals(Rows.string(r, "LOGIN")))
                    .map(r -> Rows.string(r, "DISPLAY_NAME")).toList();
        }
    }

    private static LocalTime moscowTime(Instant instant) {
        return MoscowTime.of(instant).toLocalTime().withNano(0);
    }
}
