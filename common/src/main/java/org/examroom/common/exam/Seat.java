package org.examroom.common.exam;

/**
 * A marked seat in a room, at a row and column of the room's grid (rows from the front, from 1).
 * Seats that share a row and adjacent columns, or a column and adjacent rows, are neighbours.
 */
public record Seat(String label, int row, int column) {

    public Seat {
        label = Ids.require(label, "seat label");
        if (row < 1 || column < 1) {
            throw new IllegalArgumentException("seat " + label + ": row and column count from 1, got " + row + ", " + column);
        }
    }

    /** Whether the two seats are side by side or one behind the other. */
    public boolean neighbours(Seat other) {
        return (row == other.row && Math.abs(column - other.column) == 1)
                || (column == other.column && Math.abs(row - other.row) == 1);
    }
}
