package org.examroom.terminal.screen.test;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.examroom.common.content.Choice;
import org.examroom.common.content.Interaction;
import org.examroom.common.content.InteractionType;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.journal.AnswerJournal;
import org.examroom.terminal.session.SessionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestViewModelTest {

    @TempDir
    Path dir;

    static final List<Item.PublicItem> ITEMS = List.of(
            item("q1", InteractionType.CHOICE, 1), item("q2", InteractionType.CHOICE, 0),
            item("q3", InteractionType.TEXT_ENTRY, 0));

    static Item.PublicItem item(String id, InteractionType type, int max) {
        return new Item.PublicItem(id, id, "<p>" + id + "</p>", List.of(new Interaction(type, "RESPONSE", "",
                List.of(Choice.of("A", "a"), Choice.of("B", "b")), List.of(), 0, max, false)), List.of());
    }

    private final Clock clock = Clock.fixed(Instant.parse("2026-07-15T07:10:00Z"), ZoneOffset.UTC);
    private final AtomicInteger journaled = new AtomicInteger();

    private TestViewModel model(AnswerJournal journal) {
        return new TestViewModel(ITEMS, journal, journaled::incrementAndGet, TerminalApp.messages(Locale.ENGLISH), false);
    }

    private static TerminalApi.Instruction instruction(String kind, String payload) {
        return new TerminalApi.Instruction(1, kind, Json.createReader(new java.io.StringReader(payload)).readObject(), Instant.EPOCH);
    }

    @Test
    void anAnswerIsInTheJournalBeforeAnswerReturnsAndTheNavigatorKnowsIt() {
        try (AnswerJournal journal = AnswerJournal.open(dir.resolve("j"), clock)) {
            TestViewModel model = model(journal);
            assertThat(model.answer("q1", "RESPONSE", new ResponseValue.Identifier("B"))).isTrue();
            assertThat(journal.pending()).singleElement().satisfies(a -> assertThat(a.response().toString())
                    .isEqualTo("{\"RESPONSE\":{\"kind\":\"IDENTIFIER\",\"id\":\"B\"}}"));
            assertThat(journaled).hasValue(1);
            model.answer("q1", "RESPONSE", new ResponseValue.Identifier("B"));
            assertThat(journaled).as("the same answer again is not journaled").hasValue(1);
            model.answer("q3", "RESPONSE", new ResponseValue.Text("   "));
            assertThat(model.status("q1")).isEqualTo(TestViewModel.ItemStatus.ANSWERED);
            assertThat(model.status("q3")).as("blank text is no answer").isEqualTo(TestViewModel.ItemStatus.UNANSWERED);
            assertThat(model.unanswered()).containsExactly(2, 3);
        }
    }

    @Test
    void aReopenedJournalRestoresAnswersFlagsAndTheQuestion() {
        try (AnswerJournal journal = AnswerJournal.open(dir.resolve("j"), clock)) {
            TestViewModel model = model(journal);
            model.answer("q2", "RESPONSE", new ResponseValue.IdentifierSet(Set.of("A", "B")));
            model.go(1);
            model.toggleFlag();
        }
        try (AnswerJournal journal = AnswerJournal.open(dir.resolve("j"), clock)) {
            TestViewModel again = model(journal);
            assertThat(again.current().id()).isEqualTo("q2");
            assertThat(again.isFlagged("q2")).isTrue();
            assertThat(again.response("q2", "RESPONSE")).isEqualTo(new ResponseValue.IdentifierSet(Set.of("A", "B")));
        }
    }

    @Test
    void theClockWarnsAtTenAndFiveMinutesAndTimeUpStopsAnswering() {
        try (AnswerJournal journal = AnswerJournal.open(dir.resolve("j"), clock)) {
            TestViewModel model = model(journal);
            model.update(new SessionState(true, Optional.of(601L), false, 0, "IN_PROGRESS"));
            assertThat(model.warningProperty().get()).isEqualTo(TimeWarning.NONE);
            model.update(new SessionState(true, Optional.of(600L), false, 0, "IN_PROGRESS"));
            assertThat(model.warningProperty().get()).isEqualTo(TimeWarning.TEN_MINUTES);
            model.update(new SessionState(false, Optional.of(300L), false, 2, "IN_PROGRESS"));
            assertThat(model.warningProperty().get()).isEqualTo(TimeWarning.FIVE_MINUTES);
            assertThat(model.onlineProperty().get()).isFalse();
            assertThat(model.pendingAnswersProperty().get()).isEqualTo(2);
            model.update(new SessionState(false, Optional.of(0L), false, 2, "IN_PROGRESS"));
            assertThat(model.answer("q1", "RESPONSE", new ResponseValue.Identifier("A"))).isFalse();
            assertThat(TestViewModel.clock(3909)).isEqualTo("1:05:09");
            assertThat(TestViewModel.clock(599)).isEqualTo("09:59");
        }
    }

    @Test
    void instructionsPauseLockAndEndTheAttempt() {
        try (AnswerJournal journal = AnswerJournal.open(dir.resolve("j"), clock)) {
            TestViewModel model = model(journal);
            assertThat(model.instruction(instruction("PAUSE", "{\"reason\":\"fire alarm\"}"))).isFalse();
            assertThat(model.pausedProperty().get()).isTrue();
            assertThat(model.messageProperty().get()).contains("fire alarm");
            assertThat(model.answer("q1", "RESPONSE", new ResponseValue.Identifier("A"))).isFalse();
            model.instruction(instruction("RESUME", "{}"));
            assertThat(model.canAnswer()).isTrue();
            model.instruction(instruction("EXTEND", "{\"minutes\":15}"));
            assertThat(model.messageProperty().get()).isEqualTo("Time extended by 15 min");
            model.instruction(instruction("MESSAGE", "{\"text\":\"Тише\"}"));
            assertThat(model.messageProperty().get()).isEqualTo("Тише");
            model.instruction(instruction("LOCK", "{}"));
            assertThat(model.canAnswer()).isFalse();
            assertThat(model.instruction(instruction("FINISHED", "{}"))).isTrue();
            assertThat(model.instruction(instruction("REMOVE", "{}"))).isTrue();
        }
    }

    @Test
    void finishingGoesThroughTheSummaryAndTheConfirmation() {
        try (AnswerJournal journal = AnswerJournal.open(dir.resolve("j"), clock)) {
            TestViewModel model = model(journal);
            model.endAttempt();
            assertThat(model.finishStageProperty().get()).isEqualTo(FinishStage.SUMMARY);
            assertThat(model.canAnswer()).as("the summary leads back to questions to answer").isTrue();
            model.sendAllAndFinish();
            assertThat(model.finishStageProperty().get()).isEqualTo(FinishStage.CONFIRM);
            assertThat(model.canAnswer()).isFalse();
            model.backToTest();
            assertThat(model.finishStageProperty().get()).isEqualTo(FinishStage.ANSWERING);
        }
    }
}
