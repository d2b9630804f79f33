package org.examroom.common.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.examroom.common.content.AssessmentTest;
import org.junit.jupiter.api.Test;

class VariantBuilderTest {

    private static final List<String> ALGEBRA = IntStream.rangeClosed(1, 20).mapToObj(i -> "alg-" + i).toList();
    private static final List<String> GEOMETRY = IntStream.rangeClosed(1, 10).mapToObj(i -> "geo-" + i).toList();
    private static final List<Pool> POOLS = List.of(
            new Pool("algebra", ALGEBRA, 5, true),
            new Pool("geometry", GEOMETRY, 3, false),
            Pool.fixed("essay", List.of("essay")));

    @Test
    void theGeneratorIsSplitMix64AsPublished() {
        // Reference outputs of splitmix64.c (Vigna) for seed 1234567: any JVM, any machine, any year.
        SplitMix64 random = new SplitMix64(1234567L);
        assertThat(random.nextLong()).isEqualTo(6457827717110365317L);
        assertThat(random.nextLong()).isEqualTo(3203168211198807973L);
        assertThat(random.nextLong()).isEqualTo(Long.parseUnsignedLong("9817491932198370423"));
    }

    @Property
    void theSameSeedGivesTheSameVariants(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int count) {
        assertThat(VariantBuilder.build(POOLS, count, seed)).isEqualTo(VariantBuilder.build(POOLS, count, seed));
    }

    @Property
    void eachVariantTakesTheSelectionOfEveryPoolWithoutRepeats(@ForAll long seed) {
        for (Variant variant : VariantBuilder.build(POOLS, 4, seed)) {
            assertThat(variant.itemIds()).hasSize(9).doesNotHaveDuplicates();
            assertThat(variant.itemIds().subList(0, 5)).allMatch(ALGEBRA::contains);
            assertThat(variant.itemIds().subList(5, 8)).allMatch(GEOMETRY::contains)
                    .isSortedAccordingTo(java.util.Comparator.comparingInt(GEOMETRY::indexOf));
            assertThat(variant.itemIds().getLast()).isEqualTo("essay");
        }
    }

    @Test
    void variantsDifferAndAddingOneLeavesTheOthersAlone() {
        List<Variant> three = VariantBuilder.build(POOLS, 3, 2026L);
        List<Variant> four = VariantBuilder.build(POOLS, 4, 2026L);
        assertThat(four.subList(0, 3)).isEqualTo(three);
        assertThat(three.stream().map(Variant::itemIds).distinct()).hasSize(3);
        assertThat(VariantBuilder.build(POOLS, 3, 2027L)).isNotEqualTo(three);
    }

    @Test
    void everyItemOfAPoolIsDrawnSometimes() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            seen.addAll(VariantBuilder.variant("1", POOLS, seed).itemIds());
        }
        assertThat(seen).containsAll(ALGEBRA).containsAll(GEOMETRY);
    }

    @Test
    void overlappingPoolsAndNoVariantsAreRefused() {
        assertThatThrownBy(() -> VariantBuilder.build(List.of(Pool.fixed("a", List.of("x")), Pool.fixed("b", List.of("x"))), 1, 0))
                .hasMessageContaining("item x is in more than one pool");
        assertThatThrownBy(() -> VariantBuilder.build(POOLS, 0, 0)).hasMessageContaining("at least one variant");
    }

    @Test
    void aQtiTestsSectionsBecomePoolsWithTheirSelectionAndOrdering() {
        AssessmentTest test = new AssessmentTest("t", "T", "test.xml", List.of(new AssessmentTest.Part("P", List.of(
                new AssessmentTest.Section("A", "A", List.of(ref("a1"), ref("a2"), ref("a3")), Optional.of(2), true),
                new AssessmentTest.Section("B", "B", List.of(ref("b1")), Optional.empty(), false)))));
        List<Pool> pools = SectionPools.of(test, r -> "bank.zip#" + r.itemId());
        assertThat(pools).containsExactly(new Pool("A", List.of("bank.zip#a1", "bank.zip#a2", "bank.zip#a3"), 2, true),
                new Pool("B", List.of("bank.zip#b1"), 0, false));
        assertThat(VariantBuilder.variant("1", pools, 5).itemIds()).hasSize(3).endsWith("bank.zip#b1");
    }

    private static AssessmentTest.ItemRef ref(String id) {
        return new AssessmentTest.ItemRef(id, id + ".xml", id, BigDecimal.ONE);
    }
}
