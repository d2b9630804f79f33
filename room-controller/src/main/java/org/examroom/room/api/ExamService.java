package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.examroom.common.exam.Aid;
import org.examroom.common.exam.Delivery;
import org.examroom.common.exam.Exam;
import org.examroom.common.exam.ExamId;
import org.examroom.common.exam.VariantId;
import org.examroom.common.policy.ExamPolicies;
import org.examroom.common.policy.ManualGradingPolicy;
import org.examroom.common.proctoring.ProctoringPreset;
import org.examroom.common.time.MoscowTime;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.StoredAttempt;

/** Exams: {@code PUT /api/v1/exams/{id}} defines one, {@code GET} lists them and their attempts. */
public final class ExamService implements HttpService {

    private final RoomStore store;
    private final AuditLog audit;

    public ExamService(RoomStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .put("/{id}", this::put)
                .get("/{id}", this::get)
                .get("/{id}/attempts", this::attempts);
    }

    private void put(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, SECRETARY);
        String id = Paths.id(req, "id");
        JsonObject body = Bodies.object(req);
        ExamRecord record = parse(id, body);
        audit.write(r -> {
            store.putExam(r.tx(), record);
            r.record(by.auditName(), Guard.origin(req), "exam.defined", id,
                    AuditLog.details("start", record.exam().scheduledStart(), "policy", record.policies().name(),
                            "gradersPerWork", record.policies().manualGrading().gradersPerWork(),
                            "proctoring", record.proctoring().presetName()));
            return null;
        });
        res.send(json(record));
    }

    static ExamRecord parse(String id, JsonObject body) {
        Instant start = start(Bodies.string(body, "scheduledStart"));
        Delivery delivery = enumValue(Delivery.class, "delivery", Bodies.optionalString(body, "delivery").orElse("IN_ROOM"));
        Set<Aid> aids = EnumSet.noneOf(Aid.class);
        if (body.containsKey("aids")) {
            for (JsonValue v : Bodies.array(body, "aids")) {
                aids.add(enumValue(Aid.class, "aids", v instanceof JsonString s ? s.getString() : v.toString()));
            }
        }
        List<VariantId> variants = new ArrayList<>();
        for (JsonValue v : Bodies.array(body, "variants")) {
            if (!(v instanceof JsonString s)) {
                throw Problem.badRequest("variants", "Field 'variants' must list variant ids");
            }
            variants.add(new VariantId(Paths.checkId("variants", s.getString())));
        }
        if (variants.isEmpty()) {
            throw Problem.invalid("variants", "An exam needs at least one variant");
        }
        ExamPolicies policies;
        try {
            policies = ExamPolicies.preset(Bodies.optionalString(body, "policy").orElse("TPU"));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("policy", e.getMessage());
        }
        policies = policies.withManualGrading(marking(body, policies.manualGrading()));
        ProctoringPreset proctoring;
        try {
            proctoring = ProctoringPreset.named(Bodies.optionalString(body, "proctoring").orElse(ProctoringPreset.IN_ROOM.presetName()));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("proctoring", e.getMessage());
        }
        try {
            Exam exam = new Exam(new ExamId(id), Bodies.string(body, "subject"), Bodies.string(body, "programme"), delivery,
                    Bodies.optionalInteger(body, "stream").orElse(1L).intValue(), start, Bodies.minutes(body, "durationMinutes"),
                    (int) Bodies.integer(body, "passMark"), Bodies.optionalInteger(body, "maxScore").orElse(100L).intValue(), aids);
            return new ExamRecord(exam, policies, variants, proctoring);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(null, e.getMessage());
        }
    }

    /** How many graders mark each open answer (1 or 2) and how far apart two marks may be, when the exam says. */
    private static ManualGradingPolicy marking(JsonObject body, ManualGradingPolicy preset) {
        long graders = Bodies.optionalInteger(body, "gradersPerWork").orElse((long) preset.gradersPerWork());
        if (graders < 1 || graders > 2) {
            throw Problem.invalid("gradersPerWork", "A work is marked by 1 or 2 graders, not " + graders);
        }
        long tolerance = Bodies.optionalInteger(body, "discrepancyTolerancePercent").orElse(preset.tolerancePercent().longValue());
        if (tolerance < 0 || tolerance > 100) {
            throw Problem.invalid("discrepancyTolerancePercent", "Two marks may differ by 0..100% of the item's maximum, not " + tolerance);
        }
        return new ManualGradingPolicy((int) graders, BigDecimal.valueOf(tolerance));
    }

    /** A start is an instant ({@code 2026-07-15T07:00:00Z}) or a Moscow wall-clock time ({@code 2026-07-15T10:00}). */
    private static Instant start(String text) {
        try {
            return text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? java.time.OffsetDateTime.parse(text).toInstant()
                    : Exam.moscow(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("scheduledStart",
                    "Field 'scheduledStart' must be Moscow time like 2026-07-15T10:00, or an instant like 2026-07-15T07:00:00Z");
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(field, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private void list(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        store.exams().forEach(e -> list.add(json(e)));
        res.send(Jsons.createObjectBuilder().add("exams", list).build());
    }

    private void get(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String id = Paths.id(req, "id");
        res.send(json(store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id))));
    }

    private void attempts(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String id = Paths.id(req, "id");
        store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id));
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (StoredAttempt a : store.attemptsOfExam(store.read(), id)) {
            list.add(attemptJson(a));
        }
        res.send(Jsons.createObjectBuilder().add("attempts", list).build());
    }

    static JsonObject attemptJson(StoredAttempt a) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("id", a.id())
                .add("applicantId", a.attempt().applicant().value()).add("examId", a.attempt().exam().value())
                .add("state", a.attempt().state().name()).add("version", a.version());
        a.roomId().ifPresent(v -> b.add("roomId", v));
        a.seatLabel().ifPresent(v -> b.add("seat", v));
        a.variantId().ifPresent(v -> b.add("variantId", v));
        a.terminalId().ifPresent(v -> b.add("terminalId", v));
        return b.build();
    }

    static JsonObject json(ExamRecord record) {
        Exam e = record.exam();
        JsonArrayBuilder aids = Jsons.createArrayBuilder();
        e.allowedAids().stream().map(Enum::name).sorted().forEach(aids::add);
        JsonArrayBuilder variants = Jsons.createArrayBuilder();
        record.variants().forEach(v -> variants.add(v.value()));
        return Jsons.createObjectBuilder().add("id", e.id().value()).add("subject", e.subject()).add("programme", e.programme())
                .add("delivery", e.delivery().name()).add("stream", e.stream())
                .add("scheduledStart", e.scheduledStart().toString())
                .add("scheduledStartMoscow", MoscowTime.of(e.scheduledStart()).toLocalDateTime().toString())
                .add("durationMinutes", e.duration().toMinutes()).add("passMark", e.passMark()).add("maxScore", e.maxScore())
                .add("aids", aids).add("policy", record.policies().name()).add("proctoring", record.proctoring().presetName())
                .add("variants", variants)
                .add("gradersPerWork", record.policies().manualGrading().gradersPerWork())
                .add("discrepancyTolerancePercent", record.policies().manualGrading().tolerancePercent())
                .add("resultAppealDays", record.policies().appeals().resultAppealDays())
                .add("resultAppealDayCount", record.policies().appeals().dayCount().name()).build();
    }
}
