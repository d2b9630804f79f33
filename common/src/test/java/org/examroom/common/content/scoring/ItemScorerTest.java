package org.examroom.common.content.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.examroom.common.content.Fixtures;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.ResponseValue.Identifier;
import org.examroom.common.content.ResponseValue.IdentifierSet;
import org.examroom.common.content.ResponseValue.OrderedIdentifiers;
import org.examroom.common.content.ResponseValue.Pair;
import org.examroom.common.content.ResponseValue.PairSet;
import org.examroom.common.content.ResponseValue.Text;
import org.junit.jupiter.api.Test;

class ItemScorerTest {

    private static BigDecimal score(Item item, ResponseValue response) {
        return ItemScorer.score(item, response).score();
    }

    @Test
    void matchCorrectGivesOneForTheRightChoiceAndZeroOtherwise() {
        Item item = Fixtures.onlyItem("qti/choice-single.xml");
        assertThat(score(item, new Identifier("moscow"))).isEqualByComparingTo("1");
        assertThat(score(item, new Identifier("spb"))).isEqualByComparingTo("0");
        assertThat(score(item, new ResponseValue.Empty())).isEqualByComparingTo("0");
        assertThat(ItemScorer.maxScore(item)).contains(BigDecimal.ONE);
    }

    @Test
    void mappedMultipleChoiceGivesPartialCreditWithinItsBounds() {
        Item item = Fixtures.onlyItem("qti/choice-multiple-mapped.xml");
        assertThat(score(item, new IdentifierSet(Set.of("p2", "p3", "p5")))).isEqualByComparingTo("3");
        assertThat(score(item, new IdentifierSet(Set.of("p2", "p3")))).isEqualByComparingTo("2");
        assertThat(score(item, new IdentifierSet(Set.of("p2", "p4")))).as("1 - 2 clamped to the lower bound")
                .isEqualByComparingTo("0");
        assertThat(ItemScorer.maxScore(item)).contains(new BigDecimal("3"));
    }

    @Test
    void textEntryMappingRespectsEachEntrysCaseRule() {
        Item item = Fixtures.onlyItem("qti/text-entry.xml");
        assertThat(score(item, new Text("пушкин"))).isEqualByComparingTo("2");
        assertThat(score(item, new Text("Pushkin"))).isEqualByComparingTo("1");
        assertThat(score(item, new Text("pushkin"))).as("case-sensitive entry").isEqualByComparingTo("0");
    }

    @Test
    void orderScoresOnlyTheWholeOrder() {
        Item item = Fixtures.onlyItem("qti/order.xml");
        assertThat(score(item, new OrderedIdentifiers(java.util.List.of("ob", "volga", "don")))).isEqualByComparingTo("1");
        assertThat(score(item, new OrderedIdentifiers(java.util.List.of("volga", "ob", "don")))).isEqualByComparingTo("0");
    }

    @Test
    void customProcessingAddsMatchedPairsAssociationsGapsAndInlineChoice() {
        Item item = Fixtures.onlyItem("qti/match-associate-gap.xml");
        Map<String, ResponseValue> all = Map.of(
                "MATCH", new PairSet(Set.of(new Pair("fe", "iron"), new Pair("cu", "copper"))),
                "ASSOC", new PairSet(Set.of(new Pair("b", "a"))),
                "GAPS", new PairSet(Set.of(new Pair("w1", "g1"))),
                "INLINE", new Identifier("yes"));
        assertThat(ItemScorer.score(item, all).score()).as("2 + 2 (pair either way round) + 1 + 0.5")
                .isEqualByComparingTo("5.5");
        Map<String, ResponseValue> half = Map.of("MATCH", new PairSet(Set.of(new Pair("fe", "iron"),
                new Pair("cu", "iron"))));
        assertThat(ItemScorer.score(item, half).score()).isEqualByComparingTo("1");
        assertThat(ItemScorer.scoreWhenCorrect(item)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("5.5"));
    }

    @Test
    void essaysAreLeftToAPersonWithTheirDeclaredMaximum() {
        Item item = Fixtures.onlyItem("qti/essay.xml");
        ItemScore score = ItemScorer.score(item, new Text("Потому что."));
        assertThat(score.manual()).isTrue();
        assertThat(score.score()).isZero();
        assertThat(score.maxScore()).contains(BigDecimal.TEN);
        assertThat(ItemScorer.scoreWhenCorrect(item)).isEmpty();
    }

    @Test
    void parsesNumbersTheWayApplicantsTypeThem() {
        assertThat(ItemScorer.parseNumber("3,14")).contains(new BigDecimal("3.14"));
        assertThat(ItemScorer.parseNumber(" −2.5 ")).contains(new BigDecimal("-2.5"));
        assertThat(ItemScorer.parseNumber("1 000")).contains(new BigDecimal("1000"));
        assertThat(ItemScorer.parseNumber("три")).isEmpty();
    }
}
