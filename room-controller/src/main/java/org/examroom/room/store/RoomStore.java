package org.examroom.room.store;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.examroom.common.attempt.Attempt;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.attempt.RecordedEvent;
import org.examroom.common.exam.Accommodations;
import org.examroom.common.exam.Aid;
import org.examroom.common.exam.Applicant;
import org.examroom.common.exam.ApplicantId;
import org.examroom.common.exam.Delivery;
import org.examroom.common.exam.Exam;
import org.examroom.common.exam.ExamId;
import org.examroom.common.exam.IdentityDocument;
import org.examroom.common.exam.PersonName;
import org.examroom.common.exam.Room;
import org.examroom.common.exam.RoomId;
import org.examroom.common.exam.Seat;
import org.examroom.common.exam.VariantId;
import org.examroom.common.policy.ExamPolicies;
import org.examroom.common.policy.ManualGradingPolicy;
import org.examroom.common.proctoring.ProctoringPreset;

/**
 * Exams, applicants, rooms and attempts in Derby. Reads take any executor (the client, or a
 * transaction when the read must see the transaction's own writes); writes take the transaction.
 */
public final class RoomStore {

    private final DbClient db;

    public RoomStore(DbClient db) {
        this.db = db;
    }

    public DbExecute read() {
        return db.execute();
    }

    // --- exams

    public void putExam(DbExecute tx, ExamRecord record) {
        Exam e = record.exam();
        String aids = e.allowedAids().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        String variants = record.variants().stream().map(VariantId::value).collect(Collectors.joining(","));
        ManualGradingPolicy marking = record.policies().manualGrading();
        long updated = tx.namedUpdate("exam-update", e.subject(), e.programme(), e.delivery().name(), e.stream(),
                e.scheduledStart().toEpochMilli(), (int) e.duration().toMinutes(), e.passMark(), e.maxScore(), aids,
                record.policies().name(), variants, marking.gradersPerWork(), marking.tolerancePercent().intValue(),
                record.proctoring().presetName(), e.id().value());
        if (updated == 0) {
            tx.namedInsert("exam-insert", e.id().value(), e.subject(), e.programme(), e.delivery().name(), e.stream(),
                    e.scheduledStart().toEpochMilli(), (int) e.duration().toMinutes(), e.passMark(), e.maxScore(), aids,
                    record.policies().name(), variants, marking.gradersPerWork(), marking.tolerancePercent().intValue(),
                    record.proctoring().presetName());
        }
    }

    public Optional<ExamRecord> exam(DbExecute ex, String id) {
        return ex.namedGet("exam-get", id).map(RoomStore::exam);
    }

    public List<ExamRecord> exams() {
        try (Stream<DbRow> rows = db.execute().namedQuery("exam-all")) {
            return rows.map(RoomStore::exam).toList();
        }
    }

    private static ExamRecord exam(DbRow row) {
        String aidText = Rows.string(row, "AIDS");
        Set<Aid> aids = aidText.isEmpty() ? Set.of()
                : Arrays.stream(aidText.split(",")).map(Aid::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Aid.class)));
        Exam exam = new Exam(new ExamId(Rows.string(row, "ID")), Rows.string(row, "SUBJECT"), Rows.string(row, "PROGRAMME"),
                Delivery.valueOf(Rows.string(row, "DELIVERY")), Rows.intValue(row, "STREAM_NO"),
                Instant.ofEpochMilli(Rows.longValue(row, "SCHEDULED_START")), Duration.ofMinutes(Rows.intValue(row, "DURATION_MIN")),
                Rows.intValue(row, "PASS_MARK"), Rows.intValue(row, "MAX_SCORE"), aids);
        List<VariantId> variants = Arrays.stream(Rows.string(row, "VARIANTS").split(",")).filter(v -> !v.isBlank()).map(VariantId::new).toList();
        ExamPolicies policies = ExamPolicies.preset(Rows.string(row, "POLICY")).withManualGrading(new ManualGradingPolicy(
                Rows.intValue(row, "GRADERS_PER_WORK"), java.math.BigDecimal.valueOf(Rows.intValue(row, "TOLERANCE_PERCENT"))));
        return new ExamRecord(exam, policies, variants, ProctoringPreset.named(Rows.string(row, "PROCTORING")));
    }

    // --- applicants

    public void putApplicant(DbExecute tx, Applicant a) {
        Accommodations acc = a.accommodations();
        long updated = tx.namedUpdate("applicant-update", a.name().surname(), a.name().givenName(), a.name().patronymic().orElse(""),
                a.document().kind().name(), a.document().number(), a.document().searchKey(), (int) acc.extraTime().toMinutes(),
                acc.largePrint(), acc.separateRoom(), acc.assistant(), a.id().value());
        if (updated == 0) {
            tx.namedInsert("applicant-insert", a.id().value(), a.name().surname(), a.name().givenName(), a.name().patronymic().orElse(""),
                    a.document().kind().name(), a.document().number(), a.document().searchKey(), (int) acc.extraTime().toMinutes(),
                    acc.largePrint(), acc.separateRoom(), acc.assistant());
        }
    }

    public Optional<Applicant> applicant(DbExecute ex, String id) {
        return ex.namedGet("applicant-get", id).map(RoomStore::applicant);
    }

    /** Applicants whose document number is the query, or whose surname starts with it. */
    public List<Applicant> searchApplicants(String query) {
        String q = query.strip();
        try (Stream<DbRow> rows = db.execute().namedQuery("applicant-search", q.replace(" ", ""),
                q.toUpperCase().replace("%", "").replace("_", "") + "%")) {
            return rows.map(RoomStore::applicant).toList();
        }
    }

    private static Applicant applicant(DbRow row) {
        return new Applicant(new ApplicantId(Rows.string(row, "ID")),
                new PersonName(Rows.string(row, "SURNAME"), Rows.string(row, "GIVEN_NAME"), Rows.optionalString(row, "PATRONYMIC")),
                new IdentityDocument(IdentityDocument.Kind.valueOf(Rows.string(row, "DOCUMENT_KIND")), Rows.string(row, "DOCUMENT_NUMBER")),
                new Accommodations(Duration.ofMinutes(Rows.intValue(row, "EXTRA_MINUTES")), Rows.bool(row, "LARGE_PRINT"),
                        Rows.bool(row, "SEPARATE_ROOM"), Rows.bool(row, "ASSISTANT")));
    }

    // --- rooms

    public void putRoom(DbExecute tx, Room room) {
        if (tx.namedUpdate("room-update", room.name(), room.separateForAccommodations(), room.id().value()) == 0) {
            tx.namedInsert("room-insert", room.id().value(), room.name(), room.separateForAccommodations());
        }
        tx.namedDelete("room-seats-delete", room.id().value());
        for (Seat seat : room.seats()) {
            tx.namedInsert("seat-insert", room.id().value(), seat.label(), seat.row(), seat.column());
        }
    }

    public Optional<Room> room(DbExecute ex, String id) {
        return ex.namedGet("room-get", id).map(row -> {
            List<Seat> seats;
            try (Stream<DbRow> rows = ex.namedQuery("room-seats", id)) {
                seats = rows.map(s -> new Seat(Rows.string(s, "LABEL"), Rows.intValue(s, "ROW_NO"), Rows.intValue(s, "COL_NO"))).toList();
            }
            return new Room(new RoomId(id), Rows.string(row, "NAME"), seats, Rows.bool(row, "SEPARATE"));
        });
    }

    // --- attempts

    /** Creates the attempt of a registration unless it exists; returns whether it was new. */
    public boolean register(DbExecute tx, String applicantId, String examId) {
        String id = StoredAttempt.idOf(applicantId, examId);
        if (tx.namedGet("attempt-get", id).isPresent()) {
            return false;
        }
        tx.namedInsert("attempt-insert", id, applicantId, examId);
        return true;
    }

    public Optional<StoredAttempt> attempt(DbExecute ex, String id) {
        return ex.namedGet("attempt-get", id).map(row -> attempt(ex, row));
    }

    public Optional<StoredAttempt> attemptOfTerminal(DbExecute ex, String terminalId) {
        try (Stream<DbRow> rows = ex.namedQuery("attempt-by-terminal", terminalId)) {
            return rows.findFirst().map(row -> attempt(ex, row));
        }
    }

    public List<StoredAttempt> attemptsOfExam(DbExecute ex, String examId) {
        List<DbRow> found;
        try (Stream<DbRow> rows = ex.namedQuery("attempts-of-exam", examId)) {
            found = rows.toList();
        }
        return found.stream().map(row -> attempt(ex, row)).toList();
    }

    /** The states of the applicant's attempts at a subject, other than {@code exceptExamId}. */
    public List<AttemptState> otherAttemptsAtSubject(DbExecute ex, String applicantId, String subject, String exceptExamId) {
        try (Stream<DbRow> rows = ex.namedQuery("attempts-of-applicant", applicantId)) {
            return rows.filter(r -> subject.equals(Rows.string(r, "SUBJECT")) && !exceptExamId.equals(Rows.string(r, "EXAM_ID")))
                    .map(r -> AttemptState.valueOf(Rows.string(r, "STATE"))).toList();
        }
    }

    /** Appends the event the domain accepted and moves the state; fails if someone else changed the attempt meanwhile. */
    public void append(DbExecute tx, StoredAttempt before, RecordedEvent recorded) {
        tx.namedInsert("attempt-event-insert", before.id(), before.attempt().history().size() + 1, recorded.at().toEpochMilli(),
                AttemptEventCodec.actor(recorded.actor()), AttemptEventCodec.type(recorded.event()),
                AttemptEventCodec.data(recorded.event()));
        if (tx.namedUpdate("attempt-state", recorded.to().name(), before.id(), before.version()) != 1) {
            throw new IllegalStateException("Attempt " + before.id() + " changed while it was being updated");
        }
    }

    public void seat(DbExecute tx, String attemptId, String roomId, String seatLabel, String variantId) {
        tx.namedUpdate("attempt-seat", roomId, seatLabel, variantId, attemptId);
    }

    public void bindTerminal(DbExecute tx, String attemptId, String terminalId) {
        tx.namedUpdate("attempt-terminal", terminalId, attemptId);
    }

    private static StoredAttempt attempt(DbExecute ex, DbRow row) {
        String id = Rows.string(row, "ID");
        List<RecordedEvent> history = new ArrayList<>();
        AttemptState state = AttemptState.REGISTERED;
        try (Stream<DbRow> events = ex.namedQuery("attempt-events", id)) {
            for (var it = events.iterator(); it.hasNext(); ) {
                DbRow e = it.next();
                var event = AttemptEventCodec.event(Rows.string(e, "EVENT_TYPE"), Rows.string(e, "DATA"));
                var next = org.examroom.common.attempt.AttemptLifecycle.next(state, event);
                AttemptState to = next instanceof org.examroom.common.attempt.AttemptLifecycle.Step.To(AttemptState s) ? s : state;
                history.add(new RecordedEvent(event, Instant.ofEpochMilli(Rows.longValue(e, "AT_MS")),
                        AttemptEventCodec.actor(Rows.string(e, "ACTOR")), state, to));
                state = to;
            }
        }
        Attempt attempt = new Attempt(new ApplicantId(Rows.string(row, "APPLICANT_ID")), new ExamId(Rows.string(row, "EXAM_ID")),
                state, history);
        return new StoredAttempt(id, attempt, Rows.optionalString(row, "ROOM_ID"), Rows.optionalString(row, "SEAT_LABEL"),
                Rows.optionalString(row, "VARIANT_ID"), Rows.optionalString(row, "TERMINAL_ID"), Rows.longValue(row, "VERSION"));
    }

    // --- answers

    /**
     * Saves an answer unless a save with this or a higher sequence number is already stored; returns the
     * sequence number stored after the call. Only an attempt that is being written takes new answers.
     */
    public long saveAnswer(String attemptId, String itemId, long seq, String response, Instant now, AttemptState state) {
        var tx = db.transaction();
        try {
            Optional<DbRow> existing = tx.namedGet("answer-get", attemptId, itemId);
            long stored = existing.map(r -> Rows.longValue(r, "SEQ")).orElse(0L);
            if (stored >= seq) {
                tx.commit();
                return stored;
            }
            if (state != AttemptState.IN_PROGRESS) {
                tx.rollback();
                throw new AnswersLocked(state);
            }
            if (existing.isPresent()) {
                tx.namedUpdate("answer-update", seq, response, now.toEpochMilli(), attemptId, itemId, seq);
            } else {
                tx.namedInsert("answer-insert", attemptId, itemId, seq, response, now.toEpochMilli());
            }
            tx.commit();
            return seq;
        } catch (RuntimeException e) {
            if (!(e instanceof AnswersLocked)) {
                tx.rollback();
                if (Sql.isDuplicate(e)) {
                    // A concurrent save of the same item got there first: read what is stored now.
                    return saveAnswer(attemptId, itemId, seq, response, now, state);
                }
            }
            throw e;
        }
    }

    /** Answers can no longer change: the attempt is not being written. */
    public static final class AnswersLocked extends RuntimeException {
        private final AttemptState state;

        AnswersLocked(AttemptState state) {
            super("Answers are locked: the attempt is " + state, null, false, false);
            this.state = state;
        }

        public AttemptState state() {
            return state;
        }
    }

    /** The stored answers of an attempt: item id → (sequence number, response JSON). */
    public java.util.Map<String, Answer> answers(DbExecute ex, String attemptId) {
        java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        try (Stream<DbRow> rows = ex.namedQuery("answers-of-attempt", attemptId)) {
            rows.forEach(r -> answers.put(Rows.string(r, "ITEM_ID"), new Answer(Rows.longValue(r, "SEQ"), Rows.string(r, "RESPONSE"),
                    Instant.ofEpochMilli(Rows.longValue(r, "SAVED_AT")))));
        }
        return answers;
    }

    /** A stored answer. */
    public record Answer(long seq, String response, Instant savedAt) {
    }
}
