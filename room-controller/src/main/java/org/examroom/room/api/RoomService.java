package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.examroom.common.exam.Room;
import org.examroom.common.exam.RoomId;
import org.examroom.common.exam.Seat;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.store.RoomStore;

/**
 * Rooms and their marked seats: {@code PUT /api/v1/rooms/{id}} with a grid ({@code rows}, {@code columns})
 * or an explicit seat list; {@code GET /api/v1/rooms/{id}}.
 */
public final class RoomService implements HttpService {

    private static final int MAX_SIDE = 40;

    private final RoomStore store;
    private final AuditLog audit;

    public RoomService(RoomStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.put("/{id}", this::put).get("/{id}", this::get);
    }

    private void put(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, SECRETARY);
        String id = Paths.id(req, "id");
        JsonObject body = Bodies.object(req);
        String name = Bodies.optionalString(body, "name").orElse(id);
        boolean separate = body.containsKey("separate") && Bodies.bool(body, "separate");
        Room room;
        try {
            if (body.containsKey("seats")) {
                List<Seat> seats = new ArrayList<>();
                int i = 0;
                for (JsonValue v : Bodies.array(body, "seats")) {
                    if (!(v instanceof JsonObject s)) {
                        throw Problem.badRequest("seats[" + i + "]", "Each seat is an object with label, row and column");
                    }
                    seats.add(new Seat(Bodies.string(s, "label"), (int) Bodies.integer(s, "row"), (int) Bodies.integer(s, "column")));
                    i++;
                }
                room = new Room(new RoomId(id), name, seats, separate);
            } else {
                int rows = (int) Bodies.integer(body, "rows");
                int columns = (int) Bodies.integer(body, "columns");
                if (rows < 1 || rows > MAX_SIDE) {
                    throw Problem.invalid("rows", "A room has 1.." + MAX_SIDE + " rows, got " + rows);
                }
                if (columns < 1 || columns > MAX_SIDE) {
                    throw Problem.invalid("columns", "A room has 1.." + MAX_SIDE + " columns, got " + columns);
                }
                Room grid = Room.grid(new RoomId(id), name, rows, columns);
                room = new Room(grid.id(), name, grid.seats(), separate);
            }
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("seats", e.getMessage());
        }
        Room stored = room;
        audit.write(r -> {
            store.putRoom(r.tx(), stored);
            r.record(by.auditName(), Guard.origin(req), "room.defined", id, AuditLog.details("seats", stored.seats().size()));
            return null;
        });
        res.send(json(stored));
    }

    private void get(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String id = Paths.id(req, "id");
        res.send(json(store.room(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No room " + id))));
    }

    static JsonObject json(Room room) {
        JsonArrayBuilder seats = Jsons.createArrayBuilder();
        room.seats().forEach(s -> seats.add(Jsons.createObjectBuilder().add("label", s.label()).add("row", s.row()).add("column", s.column())));
        return Jsons.createObjectBuilder().add("id", room.id().value()).add("name", room.name())
                .add("separate", room.separateForAccommodations()).add("seats", seats).build();
    }
}
