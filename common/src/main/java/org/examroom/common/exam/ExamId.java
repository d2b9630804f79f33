package org.examroom.common.exam;

/** An exam (one subject in one stream), by its identifier. */
public record ExamId(String value) {

    public ExamId {
        value = Ids.require(value, "ExamId");
    }

    @Override
    public String toString() {
        return value;
    }
}
