package org.examroom.common.exam;

/** A room or group site, by its identifier. */
public record RoomId(String value) {

    public RoomId {
        value = Ids.require(value, "RoomId");
    }

    @Override
    public String toString() {
        return value;
    }
}
