package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.COMMITTEE_MEMBER;
import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.dbclient.DbExecute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.i18n.Explanation;
import org.examroom.common.policy.ManualGradingPolicy;
import org.examroom.common.policy.ManualGradingPolicy.Marking;
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
import org.examroom.room.store.WorkCiphers;

/**
 * Marking open answers blind (SPbGUPTD 4.21–4.24): graders see each work only by its cipher — the question, the
 * applicant's text and the marks so far, never who wrote it — and mark it by the exam's marking policy; decoding
 * writes the final scores into the results and only then links ciphers to applicants.
 */
public final class GradingService implements HttpService {

    private final RoomStore store;
    private final AuditLog audit;
    private final ExamPackages packages;
    private final ResultsService results;

    public GradingService(RoomStore store, AuditLog audit, ExamPackages packages, ResultsService results) {
        this.store = store;
        this.audit = audit;
        this.packages = packages;
        this.results = results;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}/grading", this::works)
                .get("/{id}/grading/ciphers", this::ciphers)
                .post("/{id}/grading/decode", this::decode)
                .post("/{id}/grading/{cipher}/{itemId}", this::mark);
    }

    /** One open answer of a work as the graders see it: the item, its maximum, and the marks given so far. */
    private record WorkItem(String itemId, BigDecimal maxScore, List<WorkCiphers.StoredMark> marks, Marking marking) {
        boolean complete() {
            return marking instanceof Marking.Final;
        }
    }

    /** A work waiting for its open answers to be marked. */
    private record Work(WorkCiphers.Cipher cipher, List<WorkItem> items) {
        boolean complete() {
            return items.stream().allMatch(WorkItem::complete);
        }
    }

    /** The works to mark; the chair deciding a discrepancy may be a supervisor, who reads them too. */
    private void works(ServerRequest req, ServerResponse res) {
        Guard.staff(req, COMMITTEE_MEMBER, SUPERVISOR);
        ExamRecord exam = exam(req);
        UnsealedPackage opened = opened(exam);
        Map<String, Item> items = new HashMap<>();
        opened.items().values().forEach(i -> items.put(i.id(), i));
        List<Work> works = awaiting(store.read(), exam);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (Work work : works) {
            JsonArrayBuilder workItems = Jsons.createArrayBuilder();
            for (WorkItem item : work.items()) {
                Item source = items.get(item.itemId());
                String response = store.read().namedGet("answer-get", work.cipher().attemptId(), item.itemId())
                        .map(r -> responseText(Rows.string(r, "RESPONSE"))).orElse("");
                workItems.add(Jsons.createObjectBuilder(itemJson(item)).add("prompt", source == null ? "" : source.body())
                        .add("response", response));
            }
            list.add(Jsons.createObjectBuilder().add("cipher", work.cipher().cipher()).add("items", workItems)
                    .add("gradersNeeded", exam.policies().manualGrading().gradersPerWork()).add("complete", work.complete()));
        }
        res.send(Jsons.createObjectBuilder().add("works", list)
                .add("unfinished", works.stream().filter(w -> !w.complete()).count()).build());
    }

    private void mark(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, COMMITTEE_MEMBER, SUPERVISOR);
        ExamRecord exam = exam(req);
        String examId = exam.exam().id().value();
        String cipher = req.path().pathParameters().get("cipher");
        String itemId = req.path().pathParameters().get("itemId");
        if (itemId.isEmpty() || itemId.length() > 200) {
            throw Problem.badRequest("itemId", "An item id is 1..200 characters");
        }
        BigDecimal score = Bodies.decimal(Bodies.object(req), "score");
        if (score.scale() > 2) {
            throw Problem.invalid("score", "A mark has at most two decimals, not " + score.toPlainString());
        }
        ManualGradingPolicy policy = exam.policies().manualGrading();
        String grader = by.displayName() == null || by.displayName().isBlank() ? by.login() : by.displayName();
        JsonObject reply = audit.write(r -> {
            WorkCiphers.Cipher work = WorkCiphers.ofExam(r.tx(), examId).stream().filter(c -> c.cipher().equals(cipher)).findFirst()
                    .orElseThrow(() -> Problem.notFound("cipher", "No work with cipher " + cipher + " in exam " + examId));
            if (work.decoded()) {
                throw Problem.refused(Explanation.of("grading.decoded"));
            }
            WorkItem item = work(r.tx(), exam, work).flatMap(w -> w.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst())
                    .orElseThrow(() -> Problem.notFound("itemId", "Work " + cipher + " has no open answer " + itemId + " to mark"));
            if (score.signum() < 0 || score.compareTo(item.maxScore()) > 0) {
                throw Problem.invalid("score", "A mark for " + itemId + " lies in 0.." + item.maxScore().toPlainString()
                        + ", not " + score.toPlainString());
            }
            var marks = item.marks().stream().map(WorkCiphers.StoredMark::mark).toList();
            if (policy.mayMark(marks, item.maxScore(), by.id(), by.roles().contains(COMMITTEE_MEMBER))
                    instanceof ManualGradingPolicy.MarkDecision.Refused refused) {
                throw Problem.refused(refused.explanation());
            }
            WorkCiphers.putMark(r.tx(), examId, cipher, itemId, by.id(), grader, score, item.marks(), r.now());
            r.record(by.auditName(), Guard.origin(req), "grading.marked", examId,
                    AuditLog.details("cipher", cipher, "item", itemId, "score", score.toPlainString()));
            WorkItem after = work(r.tx(), exam, work).orElseThrow().items().stream().filter(i -> i.itemId().equals(itemId))
                    .findFirst().orElseThrow();
            return Jsons.createObjectBuilder(itemJson(after)).add("cipher", cipher).build();
        });
        res.send(reply);
    }

    /**
     * Decoding: refused while any work still lacks a mark it needs; otherwise the final scores go into the results
     * (scaled and held against the pass mark as any result), the works become {@code GRADED}, and their ciphers are
     * linked to their applicants. Marks no longer change.
     */
    private void decode(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        ExamRecord exam = exam(req);
        String examId = exam.exam().id().value();
        UnsealedPackage opened = opened(exam);
        int decoded = audit.write(r -> {
            List<WorkCiphers.Cipher> ciphers = WorkCiphers.ofExam(r.tx(), examId);
            if (ciphers.isEmpty()) {
                throw Problem.conflict("The exam has not been graded yet: POST /api/v1/exams/" + examId + "/results first");
            }
            List<Work> works = awaiting(r.tx(), exam);
            if (works.isEmpty()) {
                throw Problem.refused(Explanation.of("grading.decoded"));
            }
            long unfinished = works.stream().filter(w -> !w.complete()).count();
            if (unfinished > 0) {
                throw Problem.refused(Explanation.of("grading.unfinished", unfinished, works.size()));
            }
            ResultsService.store(r, results.computeAll(r.tx(), exam, opened, ResultsService.finalScores(r.tx(), exam, false)));
            works.forEach(w -> WorkCiphers.decode(r.tx(), w.cipher().attemptId(), r.now(), by.id()));
            r.record(by.auditName(), Guard.origin(req), "grading.decoded", examId, AuditLog.details("works", works.size()));
            return works.size();
        });
        res.send(Jsons.createObjectBuilder().add("decoded", decoded).add("results", results.results(examId)).build());
    }

    /** Which work is whose: only once every work of the exam is decoded. */
    private void ciphers(ServerRequest req, ServerResponse res) {
        Guard.staff(req, SUPERVISOR, SECRETARY);
        ExamRecord exam = exam(req);
        List<WorkCiphers.Cipher> ciphers = WorkCiphers.ofExam(store.read(), exam.exam().id().value());
        long undecoded = ciphers.stream().filter(c -> !c.decoded()).count();
        if (ciphers.isEmpty() || undecoded > 0) {
            throw Problem.conflict("The works are not decoded yet (" + undecoded + " of " + ciphers.size()
                    + " still anonymous): the ciphers are linked to applicants only after POST …/grading/decode");
        }
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        ciphers.forEach(c -> list.add(Jsons.createObjectBuilder().add("cipher", c.cipher()).add("attemptId", c.attemptId())
                .add("applicantId", c.applicantId()).add("decodedAt", c.decodedAt().orElseThrow().toString())));
        res.send(Jsons.createObjectBuilder().add("ciphers", list).build());
    }

    /** The works not yet decoded whose open answers wait for marks, ordered by cipher. */
    private List<Work> awaiting(DbExecute ex, ExamRecord exam) {
        List<Work> works = new ArrayList<>();
        for (WorkCiphers.Cipher c : WorkCiphers.ofExam(ex, exam.exam().id().value())) {
            if (!c.decoded()) {
                work(ex, exam, c).ifPresent(works::add);
            }
        }
        return works;
    }

    /** The work's open answers with their marks, when its result waits for them. */
    private Optional<Work> work(DbExecute ex, ExamRecord exam, WorkCiphers.Cipher cipher) {
        var result = ex.namedGet("result-get", cipher.attemptId());
        if (result.isEmpty() || !ResultsService.AWAITING_MANUAL.equals(Rows.string(result.get(), "STATUS"))) {
            return Optional.empty();
        }
        Map<String, List<WorkCiphers.StoredMark>> marks = WorkCiphers.marks(ex, exam.exam().id().value());
        ManualGradingPolicy policy = exam.policies().manualGrading();
        List<WorkItem> items = new ArrayList<>();
        JsonObject perItem = Jsons.createReader(new StringReader(Rows.string(result.get(), "ITEMS"))).readObject();
        for (Map.Entry<String, JsonValue> e : perItem.entrySet()) {
            JsonObject item = e.getValue().asJsonObject();
            if (!item.getBoolean("manual", false)) {
                continue;
            }
            BigDecimal max = ((JsonNumber) item.get("max")).bigDecimalValue();
            List<WorkCiphers.StoredMark> given = marks.getOrDefault(WorkCiphers.key(cipher.cipher(), e.getKey()), List.of());
            items.add(new WorkItem(e.getKey(), max, given, policy.marking(given.stream().map(WorkCiphers.StoredMark::mark).toList(), max)));
        }
        return Optional.of(new Work(cipher, items));
    }

    private static JsonObject itemJson(WorkItem item) {
        JsonArrayBuilder marks = Jsons.createArrayBuilder();
        item.marks().forEach(m -> marks.add(Jsons.createObjectBuilder().add("grader", m.graderName()).add("score", m.score())));
        var b = Jsons.createObjectBuilder().add("itemId", item.itemId()).add("maxScore", item.maxScore()).add("marks", marks)
                .add("discrepancy", item.marking() instanceof Marking.Discrepancy).add("complete", item.complete());
        if (item.marking() instanceof Marking.Final f) {
            b.add("finalScore", f.score());
        }
        return b.build();
    }

    /** What the applicant typed: the texts of the stored answer, one paragraph each. */
    private static String responseText(String json) {
        try (var reader = Jsons.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject o)) {
                return "";
            }
            return ResponseValueJson.itemFromJson(o).values().stream()
                    .map(v -> v instanceof ResponseValue.Text t ? t.text() : "").filter(t -> !t.isEmpty())
                    .collect(Collectors.joining("\n\n"));
        } catch (RuntimeException e) {
            return "";
        }
    }

    private ExamRecord exam(ServerRequest req) {
        String id = Paths.id(req, "id");
        return store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id));
    }

    private UnsealedPackage opened(ExamRecord exam) {
        return packages.opened(exam.exam().id().value()).orElseThrow(() -> Problem.conflict("The exam's package is not unsealed"));
    }
}
