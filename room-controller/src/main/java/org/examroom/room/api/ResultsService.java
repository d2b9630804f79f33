package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.COMMITTEE_MEMBER;
import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.content.Item;
import org.examroom.common.exam.Applicant;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.scoring.ItemScore;
import org.examroom.common.content.scoring.ItemScorer;
import org.examroom.common.grading.Grade;
import org.examroom.common.grading.ItemResult;
import org.examroom.common.grading.ScoreWords;
import org.examroom.common.grading.TestGrader;
import org.examroom.common.policy.ManualGradingPolicy;
import org.examroom.common.seal.UnsealedPackage;
import org.examroom.common.wire.Jsons;
import org.examroom.common.wire.ResponseValueJson;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.content.ExamPackages;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.Rows;
import org.examroom.room.store.StoredAttempt;
import org.examroom.room.store.WorkCiphers;

/**
 * Grading: {@code POST /api/v1/exams/{id}/results} scores every finished attempt against the reference
 * answers in the unsealed package (each item as its format defines, the total scaled to the exam's maximum,
 * pass mark, removal annuls, a second attempt at the subject is not graded) and gives each work handed in its
 * cipher; open answers wait for the graders ({@link GradingService}). {@code GET} lists the results with the points
 * in words, {@code results.csv} gives them as a spreadsheet.
 */
public final class ResultsService implements HttpService {

    static final String GRADED = "GRADED";
    static final String AWAITING_MANUAL = "AWAITING_MANUAL";
    private static final Locale RU = Locale.of("ru");

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
        rules.post("/{id}/results", this::grade).get("/{id}/results", this::list).get("/{id}/results.csv", this::csv);
    }

    /** The score people gave an open answer of a work, once it counts; empty while it is still being marked. */
    interface ManualScores {
        Optional<BigDecimal> of(String attemptId, String itemId, BigDecimal maxScore);
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
        int graded = audit.write(r -> {
            List<Computed> computed = computeAll(r.tx(), exam, opened, finalScores(r.tx(), exam, true));
            store(r, computed);
            List<String> works = computed.stream().filter(c -> GRADED.equals(c.status()) || AWAITING_MANUAL.equals(c.status()))
                    .map(Computed::attemptId).toList();
            WorkCiphers.assign(r.tx(), id, works, r.now());
            // a work that nobody has to mark is final at once, so its cipher may be linked to its applicant
            computed.stream().filter(c -> GRADED.equals(c.status()))
                    .forEach(c -> WorkCiphers.decode(r.tx(), c.attemptId(), r.now(), by.id()));
            r.record(by.auditName(), Guard.origin(req), "results.graded", id, AuditLog.details("attempts", computed.size()));
            return computed.size();
        });
        res.send(Jsons.createObjectBuilder().add("graded", graded).add("results", results(id)).build());
    }

    /** The results of every attempt of the exam, with the open answers scored as {@code manual} says. */
    List<Computed> computeAll(DbExecute ex, ExamRecord exam, UnsealedPackage opened, ManualScores manual) {
        TestGrader grader = new TestGrader(exam.exam().maxScore(), exam.exam().passMark());
        List<Computed> computed = new ArrayList<>();
        for (StoredAttempt attempt : store.attemptsOfExam(ex, exam.exam().id().value())) {
            computed.add(compute(ex, exam, opened, grader, attempt, manual));
        }
        return computed;
    }

    /** Replaces the stored results with {@code computed}. */
    static void store(AuditLog.Recorder r, List<Computed> computed) {
        for (Computed c : computed) {
            r.tx().namedDelete("result-delete", c.attemptId());
            r.tx().namedInsert("result-insert", c.attemptId(), c.status(), c.points() == null ? -1 : c.points(),
                    Boolean.TRUE.equals(c.passed()), c.total() == null ? "" : c.total().toPlainString(),
                    c.max() == null ? "" : c.max().toPlainString(), c.manualItems(), r.now().toEpochMilli(), c.items().toString());
        }
    }

    /**
     * The final scores of open answers, from the graders' marks by the exam's marking policy: of decoded works only
     * ({@code onlyDecoded}, when grading again), or of every work (when decoding).
     */
    static ManualScores finalScores(DbExecute ex, ExamRecord exam, boolean onlyDecoded) {
        String examId = exam.exam().id().value();
        Map<String, WorkCiphers.Cipher> ciphers = WorkCiphers.byAttempt(ex, examId);
        Map<String, List<WorkCiphers.StoredMark>> marks = WorkCiphers.marks(ex, examId);
        ManualGradingPolicy policy = exam.policies().manualGrading();
        return (attemptId, itemId, maxScore) -> {
            WorkCiphers.Cipher cipher = ciphers.get(attemptId);
            if (cipher == null || onlyDecoded && !cipher.decoded()) {
                return Optional.empty();
            }
            var given = marks.getOrDefault(WorkCiphers.key(cipher.cipher(), itemId), List.of()).stream()
                    .map(WorkCiphers.StoredMark::mark).toList();
            return policy.marking(given, maxScore) instanceof ManualGradingPolicy.Marking.Final f ? Optional.of(f.score()) : Optional.empty();
        };
    }

    private Computed compute(DbExecute ex, ExamRecord exam, UnsealedPackage opened, TestGrader grader, StoredAttempt attempt,
                             ManualScores manualScores) {
        AttemptState state = attempt.attempt().state();
        if (state != AttemptState.SUBMITTED && state != AttemptState.REMOVED) {
            return new Computed(attempt.id(), state.name(), null, null, null, null, 0, JsonObject.EMPTY_JSON_OBJECT);
        }
        var earlier = store.otherAttemptsAtSubject(ex, attempt.attempt().applicant().value(),
                exam.exam().subject(), exam.exam().id().value());
        boolean gradable = exam.policies().attempts().gradable(earlier);
        String variantId = TerminalSessionService.variantOf(attempt, opened);
        Map<String, RoomStore.Answer> answers = store.answers(ex, attempt.id());
        List<ItemResult> results = new ArrayList<>();
        var perItem = Jsons.createObjectBuilder();
        int manual = 0;
        int unmarked = 0;
        for (String key : opened.variant(variantId).orElseThrow().itemIds()) {
            Item item = opened.items().get(key);
            Map<String, ResponseValue> responses = answers.containsKey(item.id()) ? responses(answers.get(item.id()).response()) : Map.of();
            ItemScore score = ItemScorer.score(item, responses);
            BigDecimal max = score.maxScore().orElse(BigDecimal.ZERO);
            BigDecimal points = score.score();
            if (score.manual()) {
                manual++;
                Optional<BigDecimal> marked = manualScores.of(attempt.id(), item.id(), max);
                if (marked.isPresent()) {
                    points = marked.get();
                } else {
                    unmarked++;
                }
            }
            results.add(new ItemResult(item.id(), points.min(max), max, BigDecimal.ONE));
            perItem.add(item.id(), Jsons.createObjectBuilder().add("score", points).add("max", max).add("manual", score.manual()));
        }
        Grade grade = grader.grade(state, gradable, results);
        boolean awaiting = unmarked > 0;
        return switch (grade) {
            case Grade.Scored s when awaiting -> new Computed(attempt.id(), AWAITING_MANUAL, s.points(), s.passed(),
                    s.total(), s.maximum(), manual, perItem.build());
            case Grade.Scored s -> {
                // an upheld appeal on the result decided the points; grading again does not undo it
                Optional<Integer> appealed = appealedPoints(ex, attempt.id());
                int points = appealed.orElse(s.points());
                yield new Computed(attempt.id(), GRADED, points, appealed.map(p -> p >= exam.exam().passMark()).orElse(s.passed()),
                        s.total(), s.maximum(), manual, perItem.build());
            }
            case Grade.Annulled a -> new Computed(attempt.id(), "ANNULLED", 0, false, null, null, manual, perItem.build());
            case Grade.NotGradable n -> new Computed(attempt.id(), "NOT_GRADABLE", null, null, null, null, manual, perItem.build());
        };
    }

    private static Optional<Integer> appealedPoints(DbExecute ex, String attemptId) {
        try (Stream<DbRow> rows = ex.namedQuery("appeal-points-of-attempt", attemptId)) {
            return rows.findFirst().map(r -> Rows.intValue(r, "POINTS_AFTER"));
        }
    }

    /** The stored answer: the applicant's responses keyed by response identifier; anything unreadable counts as no answer. */
    private static Map<String, ResponseValue> responses(String json) {
        try (var reader = Jsons.createReader(new StringReader(json))) {
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
        res.send(Jsons.createObjectBuilder().add("results", results(id)).build());
    }

    JsonArrayBuilder results(String examId) {
        Map<String, WorkCiphers.Cipher> ciphers = WorkCiphers.byAttempt(store.read(), examId);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        try (Stream<DbRow> rows = store.read().namedQuery("results-of-exam", examId)) {
            rows.forEach(row -> {
                var b = Jsons.createObjectBuilder().add("attemptId", Rows.string(row, "ATTEMPT_ID"))
                        .add("applicantId", Rows.string(row, "APPLICANT_ID")).add("status", Rows.string(row, "STATUS"))
                        .add("manualItems", Rows.intValue(row, "MANUAL_ITEMS"));
                decodedCipher(ciphers, Rows.string(row, "ATTEMPT_ID")).ifPresent(c -> b.add("cipher", c));
                int points = Rows.intValue(row, "POINTS");
                if (points >= 0) {
                    b.add("points", points).add("passed", Rows.bool(row, "PASSED"))
                            .add("pointsInWords", Jsons.createObjectBuilder().add("ru", ScoreWords.in(RU, points))
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

    /** The work's cipher, shown beside the applicant only once the work is decoded. */
    private static Optional<String> decodedCipher(Map<String, WorkCiphers.Cipher> ciphers, String attemptId) {
        return Optional.ofNullable(ciphers.get(attemptId)).filter(WorkCiphers.Cipher::decoded).map(WorkCiphers.Cipher::cipher);
    }

    /**
     * The results as a spreadsheet: UTF-8 with a byte-order mark so that Excel reads the Cyrillic, {@code ;} between
     * fields as Russian Excel expects, one line per result. The download is put on the audit trail.
     */
    private void csv(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, COMMITTEE_MEMBER, SUPERVISOR, SECRETARY);
        String id = Paths.id(req, "id");
        store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id));
        Map<String, WorkCiphers.Cipher> ciphers = WorkCiphers.byAttempt(store.read(), id);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csvLine(csv, List.of("applicant_id", "surname", "given_name", "patronymic", "cipher", "points", "points_in_words", "passed",
                "status"));
        List<DbRow> rows;
        try (Stream<DbRow> found = store.read().namedQuery("results-of-exam", id)) {
            rows = found.toList();
        }
        for (DbRow row : rows) {
            Applicant applicant = store.applicant(store.read(), Rows.string(row, "APPLICANT_ID")).orElseThrow();
            int points = Rows.intValue(row, "POINTS");
            boolean scored = points >= 0;
            csvLine(csv, List.of(applicant.id().value(), applicant.name().surname(), applicant.name().givenName(),
                    applicant.name().patronymic().orElse(""), decodedCipher(ciphers, Rows.string(row, "ATTEMPT_ID")).orElse(""),
                    scored ? Integer.toString(points) : "", scored ? ScoreWords.russian(points) : "",
                    scored ? (Rows.bool(row, "PASSED") ? "да" : "нет") : "", Rows.string(row, "STATUS")));
        }
        audit.record(by.auditName(), Guard.origin(req), "document.results-csv", id, AuditLog.none());
        res.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-results.csv\"");
        res.send(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One CSV line (RFC 4180 quoting, CRLF): a field with {@code ;}, a quote or a line break is quoted. */
    private static void csvLine(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (i > 0) {
                csv.append(';');
            }
            csv.append(f.matches("(?s).*[;\"\r\n].*") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        csv.append("\r\n");
    }
}
