package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.COMMITTEE_MEMBER;
import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.dbclient.DbRow;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.scoring.ItemScore;
import org.examroom.common.content.scoring.ItemScorer;
import org.examroom.common.grading.Grade;
import org.examroom.common.grading.ItemResult;
import org.examroom.common.grading.ScoreWords;
import org.examroom.common.grading.TestGrader;
import org.examroom.common.seal.UnsealedPackage;
import org.examroom.common.wire.ResponseValueJson;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.content.ExamPackages;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.Rows;
import org.examroom.room.store.StoredAttempt;

/**
 * Grading: {@code POST /api/v1/exams/{id}/results} scores every finished attempt against the reference
 * answers in the unsealed package (each item as its format defines, the total scaled to the exam's maximum,
 * pass mark, removal annuls, a second attempt at the subject is not graded); {@code GET} lists the results
 * with the points in words.
 */
public final class ResultsService implements HttpService {

    private final RoomStore store;
    private final AuditLog audit;
    private final ExamPackages packages;

    public ResultsService(RoomStore store, AuditLog audit, ExamPackages packages) {
        this.store = store;
        this.audit = audit;
        this.packages = packages;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/results", this::grade).get("/{id}/results", this::list);
    }

    /** The result of one attempt, before it is stored. */
    record Computed(String attemptId, String status, Integer points, Boolean passed, BigDecimal total, BigDecimal max,
                    int manualItems, JsonObject items) {
    }

    private void grade(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, COMMITTEE_MEMBER, SUPERVISOR);
        String id = Paths.id(req, "id");
        ExamRecord exam = store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id));
        UnsealedPackage opened = packages.opened(id).orElseThrow(() -> Problem.conflict("The exam's package is not unsealed"));
        TestGrader grader = new TestGrader(exam.exam().maxScore(), exam.exam().passMark());
        List<Computed> computed = new ArrayList<>();
        for (StoredAttempt attempt : store.attemptsOfExam(store.read(), id)) {
            computed.add(compute(exam, opened, grader, attempt));
        }
        int graded = audit.write(r -> {
            for (Computed c : computed) {
                r.tx().namedDelete("result-delete", c.attemptId());
                r.tx().namedInsert("result-insert", c.attemptId(), c.status(), c.points() == null ? -1 : c.points(),
                        Boolean.TRUE.equals(c.passed()), c.total() == null ? "" : c.total().toPlainString(),
                        c.max() == null ? "" : c.max().toPlainString(), c.manualItems(), r.now().toEpochMilli(), c.items().toString());
            }
            r.record(by.auditName(), Guard.origin(req), "results.graded", id, AuditLog.details("attempts", computed.size()));
            return computed.size();
        });
        res.send(Json.createObjectBuilder().add("graded", graded).add("results", results(id)).build());
    }

    private Computed compute(ExamRecord exam, UnsealedPackage opened, TestGrader grader, StoredAttempt attempt) {
        AttemptState state = attempt.attempt().state();
        if (state != AttemptState.SUBMITTED && state != AttemptState.REMOVED) {
            return new Computed(attempt.id(), state.name(), null, null, null, null, 0, JsonObject.EMPTY_JSON_OBJECT);
        }
        var earlier = store.otherAttemptsAtSubject(store.read(), attempt.attempt().applicant().value(),
                exam.exam().subject(), exam.exam().id().value());
        boolean gradable = exam.policies().attempts().gradable(earlier);
        String variantId = TerminalSessionService.variantOf(attempt, opened);
        Map<String, RoomStore.Answer> answers = store.answers(store.read(), attempt.id());
        List<ItemResult> results = new ArrayList<>();
        var perItem = Json.createObjectBuilder();
        int manual = 0;
        for (String key : opened.variant(variantId).orElseThrow().itemIds()) {
            Item item = opened.items().get(key);
            Map<String, ResponseValue> responses = answers.containsKey(item.id()) ? responses(answers.get(item.id()).response()) : Map.of();
            ItemScore score = ItemScorer.score(item, responses);
            if (score.manual()) {
                manual++;
            }
            BigDecimal max = score.maxScore().orElse(BigDecimal.ZERO);
            results.add(new ItemResult(item.id(), score.score().min(max), max, BigDecimal.ONE));
            perItem.add(item.id(), Json.createObjectBuilder().add("score", score.score()).add("max", max).add("manual", score.manual()));
        }
        Grade grade = grader.grade(state, gradable, results);
        return switch (grade) {
            case Grade.Scored s -> new Computed(attempt.id(), manual > 0 ? "AWAITING_MANUAL" : "GRADED", s.points(), s.passed(),
                    s.total(), s.maximum(), manual, perItem.build());
            case Grade.Annulled a -> new Computed(attempt.id(), "ANNULLED", 0, false, null, null, manual, perItem.build());
            case Grade.NotGradable n -> new Computed(attempt.id(), "NOT_GRADABLE", null, null, null, null, manual, perItem.build());
        };
    }

    /** The stored answer: the applicant's responses keyed by response identifier; anything unreadable counts as no answer. */
    private static Map<String, ResponseValue> responses(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            var value = reader.readValue();
            return value instanceof JsonObject o ? ResponseValueJson.itemFromJson(o) : Map.of();
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private void list(ServerRequest req, ServerResponse res) {
        Guard.staff(req, COMMITTEE_MEMBER, SUPERVISOR, SECRETARY);
        String id = Paths.id(req, "id");
        store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id));
        res.send(Json.createObjectBuilder().add("results", results(id)).build());
    }

    private JsonArrayBuilder results(String examId) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        try (Stream<DbRow> rows = store.read().namedQuery("results-of-exam", examId)) {
            rows.forEach(row -> {
                var b = Json.createObjectBuilder().add("attemptId", Rows.string(row, "ATTEMPT_ID"))
                        .add("applicantId", Rows.string(row, "APPLICANT_ID")).add("status", Rows.string(row, "STATUS"))
                        .add("manualItems", Rows.intValue(row, "MANUAL_ITEMS"));
                int points = Rows.intValue(row, "POINTS");
                if (points >= 0) {
                    b.add("points", points).add("passed", Rows.bool(row, "PASSED"))
                            .add("pointsInWords", Json.createObjectBuilder().add("ru", ScoreWords.in(Locale.of("ru"), points))
                                    .add("en", ScoreWords.in(Locale.ENGLISH, points)));
                }
                if (!Rows.string(row, "RAW_TOTAL").isEmpty()) {
                    b.add("rawTotal", Rows.string(row, "RAW_TOTAL")).add("rawMax", Rows.string(row, "RAW_MAX"));
                }
                list.add(b);
            });
        }
        return list;
    }
}
