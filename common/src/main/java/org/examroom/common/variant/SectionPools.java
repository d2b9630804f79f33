package org.examroom.common.variant;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.examroom.common.content.AssessmentTest;

/**
 * Pools from a QTI test's sections, so that a test authored with {@code selection} and {@code ordering} gives its
 * variants without being described again: each section that holds items is a pool of them.
 */
public final class SectionPools {

    private SectionPools() {
    }

    /**
     * One pool per section with items, in document order; {@code keyOf} names each referenced item as the variants
     * should. A section that selects among sub-sections cannot be a pool of items and is refused.
     */
    public static List<Pool> of(AssessmentTest test, Function<AssessmentTest.ItemRef, String> keyOf) {
        List<Pool> pools = new ArrayList<>();
        for (AssessmentTest.Part part : test.parts()) {
            for (AssessmentTest.Section section : part.sections()) {
                collect(section, keyOf, pools);
            }
        }
        return pools;
    }

    private static void collect(AssessmentTest.Section section, Function<AssessmentTest.ItemRef, String> keyOf,
                                List<Pool> pools) {
        List<String> items = new ArrayList<>();
        boolean hasSections = false;
        for (AssessmentTest.SectionPart child : section.children()) {
            switch (child) {
                case AssessmentTest.ItemRef ref -> items.add(keyOf.apply(ref));
                case AssessmentTest.Section nested -> {
                    hasSections = true;
                    collect(nested, keyOf, pools);
                }
            }
        }
        if (hasSections && (section.select().isPresent() || section.shuffle())) {
            throw new IllegalArgumentException("section " + section.id()
                    + " selects or shuffles among sub-sections; give each sub-section its own selection");
        }
        if (!items.isEmpty()) {
            pools.add(new Pool(section.id(), items, section.select().orElse(0), section.shuffle()));
        }
    }
}
