package org.examroom.common.exam;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A room (or a group site's room) with its marked seats and whether it is kept for applicants who need a separate one. */
public record Room(RoomId id, String name, List<Seat> seats, boolean separateForAccommodations) {

    public Room {
        seats = List.copyOf(seats);
        Set<String> labels = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (Seat seat : seats) {
            if (!labels.add(seat.label())) {
                throw new IllegalArgumentException("room " + id + " has seat " + seat.label() + " twice");
            }
            if (!places.add(seat.row() + ":" + seat.column())) {
                throw new IllegalArgumentException("room " + id + ": seat " + seat.label()
                        + " is at row " + seat.row() + ", column " + seat.column() + ", where another seat is");
            }
        }
    }

    /** A room with a full grid of seats labelled row-column, e.g. "3-2". */
    public static Room grid(RoomId id, String name, int rows, int columns) {
        var seats = new java.util.ArrayList<Seat>();
        for (int r = 1; r <= rows; r++) {
            for (int c = 1; c <= columns; c++) {
                seats.add(new Seat(r + "-" + c, r, c));
            }
        }
        return new Room(id, name, seats, false);
    }
}
