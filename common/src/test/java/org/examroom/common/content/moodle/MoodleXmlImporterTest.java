package org.examroom.common.content.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examroom.common.content.Fixtures;
import org.examroom.common.content.ImportResult;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.scoring.ItemScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MoodleXmlImporterTest {

    private static ImportResult bank;

    @BeforeAll
    static void importBank() {
        bank = Fixtures.importFixture("moodle/bank.xml");
    }

    private static Item item(String title) {
        return bank.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    private static BigDecimal score(String title, ResponseValue response) {
        return ItemScorer.score(item(title), response).score();
    }

    @Test
    void importsEveryQuestionTypeAndRefusesCalculatedByName() {
        assertThat(bank.items()).hasSize(8);
        assertThat(bank.problems()).singleElement().satisfies(p -> {
            assertThat(p.construct()).isEqualTo("calculated");
            assertThat(p.item()).isEqualTo("q9");
        });
    }

    @Test
    void keepsCyrillicCategoriesCdataAndEscapedHtml() {
        Item force = item("Единица силы");
        assertThat(force.category()).isEqualTo("top/Физика/Механика");
        assertThat(force.body()).contains("<b>сила</b>");
        assertThat(item("Векторы").body()).isEqualTo("<p>Какие величины векторные?</p>");
    }

    @Test
    void embeddedFilesBecomeMediaOfTheItem() {
        Item force = item("Единица силы");
        assertThat(force.media()).containsExactly("media/q1/newton.png");
        assertThat(force.body()).contains("src=\"media/q1/newton.png\"").doesNotContain("@@PLUGINFILE@@");
        assertThat(bank.media()).containsKey("media/q1/newton.png");
    }

    @Test
    void aReferenceToAFileThatIsNotEmbeddedIsRefused() {
        ImportResult result = Fixtures.importFixture("moodle/missing-pluginfile.xml");
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.construct()).isEqualTo("@@PLUGINFILE@@/absent.png"));
    }

    @Test
    void gradesWithMoodleFractionsOfTheDefaultMark() {
        assertThat(score("Единица силы", new ResponseValue.Identifier("A1"))).isEqualByComparingTo("2");
        assertThat(score("Единица силы", new ResponseValue.Identifier("A3"))).as("-50% of 2").isEqualByComparingTo("-1");
        assertThat(score("Векторы", new ResponseValue.IdentifierSet(Set.of("A1")))).isEqualByComparingTo("0.5");
        assertThat(score("Векторы", new ResponseValue.IdentifierSet(Set.of("A1", "A2", "A3")))).as("never below 0")
                .isEqualByComparingTo("0");
        assertThat(score("Земля", new ResponseValue.Identifier("true"))).isEqualByComparingTo("1");
    }

    @Test
    void shortAnswersIgnoreCaseAndHonourWildcards() {
        assertThat(score("Столица", new ResponseValue.Text("  париж "))).isEqualByComparingTo("1");
        assertThat(score("Столица", new ResponseValue.Text("Парижск"))).isEqualByComparingTo("0.5");
        assertThat(score("Столица", new ResponseValue.Text("Лион"))).isEqualByComparingTo("0");
    }

    @Test
    void numericalAnswersUseTheirToleranceAndADecimalComma() {
        assertThat(score("g", new ResponseValue.Text("9,8"))).isEqualByComparingTo("3");
        assertThat(score("g", new ResponseValue.Number(new BigDecimal("10.3")))).isEqualByComparingTo("1.5");
        assertThat(score("g", new ResponseValue.Number(new BigDecimal("11")))).isEqualByComparingTo("0");
    }

    @Test
    void matchingGivesAShareForEachStemAndIgnoresDistractors() {
        Item matching = item("Элементы");
        assertThat(matching.interactions().getFirst().choices()).hasSize(2);
        assertThat(matching.interactions().getFirst().targets()).hasSize(3);
        assertThat(ItemScorer.scoreWhenCorrect(matching)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("2"));
        ResponseValue.PairSet correct = (ResponseValue.PairSet) matching.responses().getFirst().correct().orElseThrow();
        ResponseValue.Pair fe = correct.pairs().stream().filter(p -> p.first().equals("S1")).findFirst().orElseThrow();
        ResponseValue.Pair cu = correct.pairs().stream().filter(p -> p.first().equals("S2")).findFirst().orElseThrow();
        assertThat(score("Элементы", new ResponseValue.PairSet(Set.of(fe, new ResponseValue.Pair("S2", fe.second())))))
                .as("one stem of two right").isEqualByComparingTo("1");
        assertThat(List.of(fe.second(), cu.second())).as("answer identifiers do not follow the stems")
                .isNotEqualTo(List.of("M1", "M2"));
    }

    @Test
    void clozeGapsShareTheMarkByTheirWeights() {
        Item cloze = item("Cloze");
        assertThat(cloze.responses()).hasSize(3);
        assertThat(ItemScorer.scoreWhenCorrect(cloze)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("4"));
        Map<String, ResponseValue> partly = Map.of("GAP_1", new ResponseValue.Text("Moscow"),
                "GAP_2", new ResponseValue.Text("4"));
        assertThat(ItemScorer.score(cloze, partly).score()).as("0.5 × 1 + 2 of weights 1, 2, 1 on a mark of 4")
                .isEqualByComparingTo("2.5");
    }

    @Test
    void essaysWaitForAPerson() {
        Item essay = item("Эссе");
        assertThat(ItemScorer.maxScore(essay)).contains(BigDecimal.TEN);
        assertThat(ItemScorer.score(essay, new ResponseValue.Text("...")).manual()).isTrue();
        assertThat(essay.withoutAnswers().interactions()).hasSize(1);
        assertThat(List.of(essay.withoutAnswers().getClass().getRecordComponents()))
                .extracting(c -> c.getName()).doesNotContain("responses", "scoring");
    }

    @Test
    void orderingItemsReachTheTerminalWithoutTheirOrder() {
        Item ordering = Fixtures.onlyItem("moodle/ordering.xml");
        List<String> correct = ((ResponseValue.OrderedIdentifiers) ordering.responses().getFirst().correct()
                .orElseThrow()).ids();
        List<String> shown = ordering.withoutAnswers().interactions().getFirst().choices().stream()
                .map(c -> c.id()).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(correct).isNotEqualTo(correct);
        assertThat(correct).isNotEqualTo(List.of("P1", "P2", "P3", "P4", "P5"));
        assertThat(ordering.withoutAnswers().interactions().getFirst().choices().getFirst().content())
                .isNotEqualTo("Рюрик");
        assertThat(ItemScorer.score(ordering, new ResponseValue.OrderedIdentifiers(correct)).score())
                .isEqualByComparingTo("2");
        assertThat(ItemScorer.score(ordering, new ResponseValue.OrderedIdentifiers(shown)).score())
                .as("the shown order, by absolute position").isLessThan(new BigDecimal("2"));
    }
}
