package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examroom.common.exam.Room;
import org.examroom.common.exam.Seat;
import org.examroom.common.exam.VariantId;
import org.examroom.common.i18n.Explanation;
import org.examroom.common.seating.SeatMove;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.push.RoomLive;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.StoredAttempt;

/**
 * Moving an applicant by hand after the automatic seating: {@code PUT /api/v1/attempts/{id}/seat}
 * {@code {"roomId","seat"}} — into a free seat, or swapping with another applicant of the exam who may still move;
 * only before the key is issued (the key is bound to the seat). Neighbours stay on different variants where the
 * exam's variants allow ({@link SeatMove}); the reply names any neighbour left on the same variant.
 */
public final class SeatChangeService implements HttpService {

    private final RoomStore store;
    private final AuditLog audit;
    private final RoomLive live;

    public SeatChangeService(RoomStore store, AuditLog audit, RoomLive live) {
        this.store = store;
        this.audit = audit;
        this.live = live;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.put("/attempts/{id}/seat", this::move);
    }

    private void move(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, SECRETARY);
        String id = Paths.id(req, "id");
        JsonObject body = Bodies.object(req);
        String roomId = Paths.checkId("roomId", Bodies.string(body, "roomId"));
        String label = Bodies.string(body, "seat");
        JsonObject reply = audit.write(r -> {
            StoredAttempt mover = store.attempt(r.tx(), id).orElseThrow(() -> Problem.notFound("id", "No attempt " + id));
            SeatMove.refusal(mover.attempt().state()).ifPresent(why -> {
                throw Problem.refused(why);
            });
            ExamRecord exam = store.exam(r.tx(), mover.attempt().exam().value()).orElseThrow();
            Room room = store.room(r.tx(), roomId).orElseThrow(() -> Problem.notFound("roomId", "No room " + roomId));
            Seat target = room.seats().stream().filter(s -> s.label().equals(label)).findFirst()
                    .orElseThrow(() -> Problem.invalid("seat", "Room " + roomId + " has no seat " + label));
            if (roomId.equals(mover.roomId().orElse(null)) && label.equals(mover.seatLabel().orElse(null))) {
                return answer(mover, Optional.empty(), List.of());
            }
            Optional<StoredAttempt> occupant = occupant(r.tx(), roomId, label);
            Map<Seat, VariantId> others = variantsInRoom(r.tx(), exam, room, mover.id());
            StoredAttempt moved;
            List<Seat> clashes;
            if (occupant.isPresent()) {
                StoredAttempt other = occupant.get();
                if (!other.attempt().exam().equals(mover.attempt().exam()) || !SeatMove.movable(other.attempt().state())
                        || mover.seatLabel().isEmpty()) {
                    throw Problem.refused(Explanation.of("seat.move.occupied", label));
                }
                // a swap: each seat keeps its variant, so the plan's spread of variants holds
                store.seat(r.tx(), other.id(), mover.roomId().orElseThrow(), mover.seatLabel().orElseThrow(),
                        mover.variantId().orElse(exam.variants().getFirst().value()));
                store.seat(r.tx(), mover.id(), roomId, label, other.variantId().orElse(exam.variants().getFirst().value()));
                clashes = List.of();
            } else {
                VariantId current = new VariantId(mover.variantId().orElse(exam.variants().getFirst().value()));
                VariantId variant = SeatMove.variantFor(target, current, others, exam.variants());
                store.seat(r.tx(), mover.id(), roomId, label, variant.value());
                clashes = SeatMove.clashes(target, variant, others);
            }
            moved = store.attempt(r.tx(), id).orElseThrow();
            r.record(by.auditName(), Guard.origin(req), "seat.moved", id, AuditLog.details("from",
                    mover.roomId().orElse("") + "/" + mover.seatLabel().orElse(""), "to", roomId + "/" + label,
                    "swappedWith", occupant.map(StoredAttempt::id).orElse("")));
            r.afterCommit(live::bump);
            return answer(moved, occupant.map(StoredAttempt::id), clashes);
        });
        res.send(reply);
    }

    private static JsonObject answer(StoredAttempt moved, Optional<String> swappedWith, List<Seat> clashes) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("attempt", ExamService.attemptJson(moved))
                .add("sameVariantNeighbours", Jsons.createArrayBuilder(clashes.stream().map(Seat::label).toList()));
        swappedWith.ifPresent(s -> b.add("swappedWith", s));
        return b.build();
    }

    /** Who holds the seat now, of any exam, not yet finished. */
    private Optional<StoredAttempt> occupant(io.helidon.dbclient.DbExecute tx, String roomId, String label) {
        for (ExamRecord e : store.exams()) {
            for (StoredAttempt a : store.attemptsOfExam(tx, e.exam().id().value())) {
                if (roomId.equals(a.roomId().orElse(null)) && label.equals(a.seatLabel().orElse(null)) && !a.attempt().state().isFinal()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    /** The variants on the room's other seats for this exam. */
    private Map<Seat, VariantId> variantsInRoom(io.helidon.dbclient.DbExecute tx, ExamRecord exam, Room room, String except) {
        Map<String, Seat> seats = new HashMap<>();
        room.seats().forEach(s -> seats.put(s.label(), s));
        Map<Seat, VariantId> out = new HashMap<>();
        for (StoredAttempt a : store.attemptsOfExam(tx, exam.exam().id().value())) {
            if (!a.id().equals(except) && room.id().value().equals(a.roomId().orElse(null)) && a.seatLabel().isPresent()
                    && a.variantId().isPresent() && seats.containsKey(a.seatLabel().get())) {
                out.put(seats.get(a.seatLabel().get()), new VariantId(a.variantId().get()));
            }
        }
        return out;
    }
}
