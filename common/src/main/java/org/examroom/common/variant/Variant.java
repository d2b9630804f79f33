package org.examroom.common.variant;

import java.util.List;

/** One variant of an exam: the items an applicant gets, in the order they see them. */
public record Variant(String id, List<String> itemIds) {

    public Variant {
        itemIds = List.copyOf(itemIds);
    }
}
