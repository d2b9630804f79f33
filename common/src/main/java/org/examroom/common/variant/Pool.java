package org.examroom.common.variant;

import java.util.List;

/**
 * Items to choose from: {@code select} of them (all when {@code select} is 0 or more than there are), in the pool's
 * order or shuffled.
 */
public record Pool(String id, List<String> itemIds, int select, boolean shuffle) {

    public Pool {
        itemIds = List.copyOf(itemIds);
        if (select < 0) {
            throw new IllegalArgumentException("pool " + id + ": select must not be negative, was " + select);
        }
        if (itemIds.stream().distinct().count() != itemIds.size()) {
            throw new IllegalArgumentException("pool " + id + " lists an item twice");
        }
    }

    /** Every item, in order. */
    public static Pool fixed(String id, List<String> itemIds) {
        return new Pool(id, itemIds, 0, false);
    }

    int size() {
        return select == 0 || select > itemIds.size() ? itemIds.size() : select;
    }
}
