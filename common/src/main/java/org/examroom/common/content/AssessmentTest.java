package org.examroom.common.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A test as its author structured it: parts, sections, item references with weights. */
public record AssessmentTest(String id, String title, String source, List<Part> parts) {

    public AssessmentTest {
        parts = List.copyOf(parts);
    }

    /** A test part ({@code testPart}). */
    public record Part(String id, List<Section> sections) {
        public Part {
            sections = List.copyOf(sections);
        }
    }

    /**
     * A section: its children in order, and how many of them to select ({@code select}, empty for all) and whether
     * to shuffle them.
     */
    public record Section(String id, String title, List<SectionPart> children, Optional<Integer> select,
                          boolean shuffle) implements SectionPart {
        public Section {
            children = List.copyOf(children);
        }
    }

    /** What a section holds: item references or sections. */
    public sealed interface SectionPart permits Section, ItemRef {
    }

    /**
     * A reference to an item; {@code itemId} is the referenced item's identifier once imported, {@code weight} is
     * 1 unless the test declares one.
     */
    public record ItemRef(String id, String href, String itemId, BigDecimal weight) implements SectionPart {
    }

    /** Every item reference, depth first in document order. */
    public List<ItemRef> itemRefs() {
        List<ItemRef> refs = new ArrayList<>();
        for (Part part : parts) {
            for (Section section : part.sections()) {
                collect(section, refs);
            }
        }
        return refs;
    }

    private static void collect(Section section, List<ItemRef> refs) {
        for (SectionPart child : section.children()) {
            switch (child) {
                case ItemRef ref -> refs.add(ref);
                case Section nested -> collect(nested, refs);
            }
        }
    }
}
