package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.exam.Applicant;
import org.examroom.common.exam.Room;
import org.examroom.common.seating.SeatingPlan;
import org.examroom.common.seating.SeatingPlanner;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.StoredAttempt;

/**
 * Automatic seating: {@code POST /api/v1/exams/{id}/seating} {@code {"rooms":[…],"seed":N}} seats every
 * registered applicant of the exam who is not yet in the room, neighbours on different variants.
 */
public final class SeatingService implements HttpService {

    private final RoomStore store;
    private final AuditLog audit;

    public SeatingService(RoomStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/seating", this::seat);
    }

    private void seat(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, SECRETARY);
        String examId = Paths.id(req, "id");
        JsonObject body = Bodies.object(req);
        long seed = Bodies.optionalInteger(body, "seed").orElse(examId.hashCode() * 31L);
        List<String> roomIds = new ArrayList<>();
        for (JsonValue v : Bodies.array(body, "rooms")) {
            roomIds.add(Paths.checkId("rooms", v instanceof JsonString s ? s.getString() : v.toString()));
        }
        if (roomIds.isEmpty()) {
            throw Problem.invalid("rooms", "Name at least one room");
        }
        SeatingPlan plan = audit.write(r -> {
            ExamRecord exam = store.exam(r.tx(), examId).orElseThrow(() -> Problem.notFound("id", "No exam " + examId));
            List<Room> rooms = new ArrayList<>();
            for (String id : roomIds) {
                rooms.add(store.room(r.tx(), id).orElseThrow(() -> Problem.notFound("rooms", "No room " + id)));
            }
            List<StoredAttempt> waiting = store.attemptsOfExam(r.tx(), examId).stream()
                    .filter(a -> a.attempt().state() == AttemptState.REGISTERED).toList();
            List<Applicant> applicants = waiting.stream()
                    .map(a -> store.applicant(r.tx(), a.attempt().applicant().value()).orElseThrow()).toList();
            SeatingPlan made = new SeatingPlanner().plan(rooms, applicants, exam.variants(), seed);
            for (SeatingPlan.Assignment a : made.assignments()) {
                store.seat(r.tx(), StoredAttempt.idOf(a.applicant().value(), examId), a.room().value(), a.seat().label(), a.variant().value());
            }
            r.record(by.auditName(), Guard.origin(req), "seating.planned", examId,
                    AuditLog.details("seated", made.assignments().size(), "unseated", made.unseated().size(), "seed", seed));
            return made;
        });
        JsonArrayBuilder seated = Jsons.createArrayBuilder();
        plan.assignments().forEach(a -> seated.add(Jsons.createObjectBuilder().add("applicantId", a.applicant().value())
                .add("roomId", a.room().value()).add("seat", a.seat().label()).add("variantId", a.variant().value())));
        JsonArrayBuilder unseated = Jsons.createArrayBuilder();
        plan.unseated().forEach(u -> unseated.add(Jsons.createObjectBuilder().add("applicantId", u.applicant().value())
                .add("reason", Texts.json(u.reason()))));
        res.send(Jsons.createObjectBuilder().add("seed", seed).add("seated", seated).add("unseated", unseated).build());
    }
}
