package org.examroom.common.exam;

/** A test variant, by its identifier. */
public record VariantId(String value) {

    public VariantId {
        value = Ids.require(value, "VariantId");
    }

    @Override
    public String toString() {
        return value;
    }
}
