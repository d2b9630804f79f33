package org.examroom.common.seating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.examroom.common.exam.Applicant;
import org.examroom.common.exam.Room;
import org.examroom.common.exam.Seat;
import org.examroom.common.exam.VariantId;
import org.examroom.common.i18n.Explanation;

/**
 * Seats applicants in a seeded random order (the same seed gives the same plan on every machine) and
 * gives each seat the variant {@code (row + column + offset) mod k}: two neighbours — same row and
 * adjacent columns, or same column and adjacent rows — differ by one in {@code row + column}, so with two
 * or more variants they never share one. Applicants who need a separate room are seated only in rooms
 * kept for them, at most {@code separateRoomLimit} to a room (12 in writing: SPbGUPTD 5.3).
 */
public final class SeatingPlanner {

    /** The regulations' limit of applicants with disabilities in one room for a written test. */
    public static final int SEPARATE_ROOM_LIMIT = 12;

    private final int separateRoomLimit;

    public SeatingPlanner(int separateRoomLimit) {
        this.separateRoomLimit = separateRoomLimit;
    }

    public SeatingPlanner() {
        this(SEPARATE_ROOM_LIMIT);
    }

    public SeatingPlan plan(List<Room> rooms, List<Applicant> applicants, List<VariantId> variants, long seed) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("an exam needs at least one variant to seat applicants");
        }
        Random random = new Random(seed);
        List<Applicant> order = new ArrayList<>(applicants);
        order.sort(Comparator.comparing(a -> a.id().value()));
        Collections.shuffle(order, random);
        int offset = random.nextInt(variants.size());

        List<SeatingPlan.Assignment> assignments = new ArrayList<>();
        List<SeatingPlan.Unseated> unseated = new ArrayList<>();
        seatGroup(rooms.stream().filter(r -> !r.separateForAccommodations()).toList(),
                order.stream().filter(a -> !a.accommodations().separateRoom()).toList(),
                Integer.MAX_VALUE, variants, offset, assignments, unseated, "seating.noSeat");
        seatGroup(rooms.stream().filter(Room::separateForAccommodations).toList(),
                order.stream().filter(a -> a.accommodations().separateRoom()).toList(),
                separateRoomLimit, variants, offset, assignments, unseated, "seating.noSeparateSeat");
        return new SeatingPlan(assignments, unseated);
    }

    private static void seatGroup(List<Room> rooms, List<Applicant> applicants, int perRoomLimit, List<VariantId> variants,
            int offset, List<SeatingPlan.Assignment> assignments, List<SeatingPlan.Unseated> unseated, String noSeatKey) {
        Iterator<Applicant> next = applicants.iterator();
        for (Room room : rooms) {
            List<Seat> seats = new ArrayList<>(room.seats());
            seats.sort(Comparator.comparingInt(Seat::row).thenComparingInt(Seat::column));
            int seated = 0;
            for (Seat seat : seats) {
                if (!next.hasNext() || seated == perRoomLimit) {
                    break;
                }
                VariantId variant = variants.get(Math.floorMod(seat.row() + seat.column() + offset, variants.size()));
                assignments.add(new SeatingPlan.Assignment(next.next().id(), room.id(), seat, variant));
                seated++;
            }
        }
        next.forEachRemaining(a -> unseated.add(new SeatingPlan.Unseated(a.id(), Explanation.of(noSeatKey))));
    }
}
