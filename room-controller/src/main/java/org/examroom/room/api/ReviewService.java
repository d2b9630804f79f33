package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.COMMITTEE_MEMBER;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.dbclient.DbRow;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.attempt.RecordedEvent;
import org.examroom.common.proctoring.TrustScore;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.Rows;
import org.examroom.room.store.StoredAttempt;

/**
 * The review list: {@code GET /api/v1/exams/{id}/review} orders the attempts that began by their trust score, lowest
 * first, from the events the terminals' face checks reported ({@link TrustScore}), so the committee looks at the
 * doubtful ones first. It decides nothing.
 */
public final class ReviewService implements HttpService {

    private final RoomStore store;
    private final AuditLog audit;

    public ReviewService(RoomStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/exams/{id}/review", this::review);
    }

    /** One line of the list, before it is sorted. */
    private record Line(StoredAttempt attempt, TrustScore score, int events) {
    }

    private void review(ServerRequest req, ServerResponse res) {
        Guard.staff(req, SUPERVISOR, COMMITTEE_MEMBER);
        String id = Paths.id(req, "id");
        store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id));
        Instant now = audit.now();
        List<Line> lines = new ArrayList<>();
        for (StoredAttempt a : store.attemptsOfExam(store.read(), id)) {
            Optional<Instant> began = a.attempt().first(AttemptEvent.TestStarted.class).map(RecordedEvent::at);
            if (began.isEmpty()) {
                continue;
            }
            Instant ended = Stream.of(AttemptEvent.Submitted.class, AttemptEvent.Removed.class, AttemptEvent.TechnicalFailure.class)
                    .map(type -> a.attempt().first(type)).flatMap(Optional::stream).map(RecordedEvent::at)
                    .min(Comparator.naturalOrder()).orElse(now);
            List<TrustScore.Span> spans = spans(a.id());
            lines.add(new Line(a, TrustScore.of(spans, Duration.between(began.get(), ended), TrustScore.Weights.DEFAULT, ended),
                    spans.size()));
        }
        lines.sort(Comparator.comparingDouble((Line l) -> l.score().value()).thenComparing(l -> l.attempt().id()));
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (Line l : lines) {
            JsonObjectBuilder shares = Jsons.createObjectBuilder();
            l.score().shares().forEach(shares::add);
            JsonObjectBuilder b = Jsons.createObjectBuilder().add("attemptId", l.attempt().id())
                    .add("applicantId", l.attempt().attempt().applicant().value())
                    .add("state", l.attempt().attempt().state().name())
                    .add("trustScore", Math.round(l.score().value() * 10) / 10.0).add("shares", shares).add("events", l.events());
            store.applicant(store.read(), l.attempt().attempt().applicant().value()).ifPresent(p -> b.add("applicant", p.name().shortForm()));
            l.attempt().seatLabel().ifPresent(s -> b.add("seat", s));
            list.add(b);
        }
        res.send(Jsons.createObjectBuilder().add("examId", id).add("attempts", list).build());
    }

    private List<TrustScore.Span> spans(String attemptId) {
        List<TrustScore.Span> spans = new ArrayList<>();
        try (Stream<DbRow> rows = store.read().namedQuery("evidence-of-attempt", attemptId)) {
            rows.filter(r -> "proctoring".equals(Rows.string(r, "KIND"))).forEach(r -> {
                try (var reader = Jsons.createReader(new StringReader(Rows.string(r, "DETAILS")))) {
                    JsonObject d = reader.readObject();
                    String end = d.getString("end", "");
                    spans.add(new TrustScore.Span(d.getString("kind", ""), Instant.parse(d.getString("start")),
                            end.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(end))));
                } catch (RuntimeException unreadable) {
                    // an event without a readable time cannot be placed; it stays on the timeline as evidence
                }
            });
        }
        return spans;
    }
}
