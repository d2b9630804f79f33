package org.examroom.common.content.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.examroom.common.content.ContentFormat;
import org.examroom.common.content.Fixtures;
import org.examroom.common.content.ImportResult;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.scoring.ItemScorer;
import org.junit.jupiter.api.Test;

class GiftImporterTest {

    private static final ImportResult BANK = Fixtures.importFixture("gift/bank.gift");

    private static Item item(String title) {
        return BANK.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryQuestionWithItsCategoryAndIdentifier() {
        assertThat(BANK.format()).isEqualTo(ContentFormat.GIFT);
        assertThat(BANK.problems()).isEmpty();
        assertThat(BANK.items()).hasSize(7);
        assertThat(BANK.items().getFirst().id()).isEqualTo("baptism");
        assertThat(BANK.items()).allSatisfy(i -> assertThat(i.category()).isEqualTo("История"));
    }

    @Test
    void scoresEachKindAsMoodleWould() {
        assertThat(ItemScorer.score(item("Крещение Руси"), new ResponseValue.Text("987")).score()).isEqualByComparingTo("1");
        assertThat(ItemScorer.score(item("Первый царь"), new ResponseValue.Identifier("A1")).score()).isEqualByComparingTo("1");
        assertThat(ItemScorer.score(item("Столица"), new ResponseValue.Text("москва")).score()).isEqualByComparingTo("1");
        assertThat(ItemScorer.score(item("Москва — столица России."), new ResponseValue.Identifier("true")).score())
                .isEqualByComparingTo("1");
        assertThat(ItemScorer.score(item("Выбор"), new ResponseValue.IdentifierSet(Set.of("A1", "A3"))).score())
                .isEqualByComparingTo("0");
        assertThat(ItemScorer.scoreWhenCorrect(item("Реки"))).contains(BigDecimal.ONE);
        assertThat(item("Реки").interactions().getFirst().type()).isEqualTo(InteractionType.MATCH);
        assertThat(ItemScorer.scoreWhenCorrect(item("Эссе"))).isEmpty();
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithTheFix() {
        assertThat(Fixtures.importFixture("gift/cp1251.gift").problems()).singleElement().satisfies(p -> {
            assertThat(p.construct()).isEqualTo("encoding");
            assertThat(p.message()).contains("UTF-8");
        });
    }

    @Test
    void anUnclosedAnswerBlockIsRefused() {
        assertThat(Fixtures.importFixture("gift/unclosed.gift").problems()).singleElement()
                .satisfies(p -> assertThat(p.construct()).isEqualTo("answer block"));
    }
}
