package org.examroom.common.wire;

/** A JSON value that does not have the shape the wire format describes; the message names the field. */
public final class WireFormatException extends IllegalArgumentException {

    private final String field;

    public WireFormatException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
