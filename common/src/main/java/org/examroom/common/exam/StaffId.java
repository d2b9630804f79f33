package org.examroom.common.exam;

/** A staff member, by its identifier. */
public record StaffId(String value) {

    public StaffId {
        value = Ids.require(value, "StaffId");
    }

    @Override
    public String toString() {
        return value;
    }
}
