package org.examroom.terminal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerJournalTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-07-15T07:05:00Z"), ZoneOffset.UTC);

    private static JsonObject text(String value) {
        return Json.createObjectBuilder().add("R", Json.createObjectBuilder().add("kind", "TEXT").add("text", value)).build();
    }

    @Test
    void answersAreNumberedInOrderAndPendingUntilAcknowledged() {
        try (AnswerJournal journal = AnswerJournal.open(dir.resolve("j"), clock)) {
            var a = journal.answer("q1", text("a"));
            var b = journal.answer("q2", text("b"));
            var c = journal.answer("q1", text("c"));
            assertThat(a.seq()).isEqualTo(1);
            assertThat(c.seq()).isEqualTo(3);
            assertThat(journal.pending()).extracting(JournalEntry.Answer::item).containsExactly("q2", "q1");
            journal.acknowledge("q1", a.seq());
            assertThat(journal.pending()).as("an older save's ack leaves the newer answer pending")
                    .extracting(JournalEntry.Answer::seq).containsExactly(b.seq(), c.seq());
            journal.acknowledge("q1", c.seq());
            journal.acknowledge("q2", b.seq());
            assertThat(journal.pending()).isEmpty();
            assertThat(journal.answers()).containsEntry("q1", text("c"));
        }
    }

    @Test
    void reopeningReplaysAnswersAcknowledgementsFlagsAndPosition() {
        Path file = dir.resolve("j");
        try (AnswerJournal journal = AnswerJournal.open(file, clock)) {
            journal.answer("q1", text("a"));
            journal.acknowledge("q1", 1);
            journal.answer("q2", text("b"));
            journal.flag("q3", true);
            journal.flag("q4", true);
            journal.flag("q4", false);
            journal.position("q3");
        }
        try (AnswerJournal again = AnswerJournal.open(file, clock)) {
            assertThat(again.pending()).extracting(JournalEntry.Answer::item).containsExactly("q2");
            assertThat(again.answers()).containsOnlyKeys("q1", "q2");
            assertThat(again.flagged()).containsExactly("q3");
            assertThat(again.lastPosition()).contains("q3");
            assertThat(again.answer("q5", text("e")).seq()).as("numbering goes on after a restart").isEqualTo(3);
        }
    }

    @Test
    void aLastLineCutByAPowerFailureIsDroppedAndTheRestKept() throws IOException {
        Path file = dir.resolve("j");
        try (AnswerJournal journal = AnswerJournal.open(file, clock)) {
            journal.answer("q1", text("a"));
        }
        Files.writeString(file, "{\"t\":\"answer\",\"seq\":2,\"item\":\"q2\",\"resp", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (AnswerJournal again = AnswerJournal.open(file, clock)) {
            assertThat(again.answers()).containsOnlyKeys("q1");
            again.answer("q2", text("b"));
        }
        try (AnswerJournal third = AnswerJournal.open(file, clock)) {
            assertThat(third.answers()).containsOnlyKeys("q1", "q2");
        }
    }

    @Test
    void damageInTheMiddleIsNotSilentlyDropped() throws IOException {
        Path file = dir.resolve("j");
        Files.writeString(file, "garbage\n{\"t\":\"at\",\"item\":\"q1\"}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswerJournal.open(file, clock)).hasMessageContaining("line 1");
    }

    @Test
    void compactingKeepsWhatARestartNeeds() throws IOException {
        Path file = dir.resolve("j");
        try (AnswerJournal journal = AnswerJournal.open(file, clock)) {
            for (int i = 1; i <= 100; i++) {
                journal.acknowledge("q1", journal.answer("q1", text("v" + i)).seq());
            }
            journal.answer("q2", text("unsent"));
            journal.position("q2");
            journal.compact();
            assertThat(Files.readAllLines(file)).hasSize(4);
            journal.answer("q3", text("after"));
        }
        try (AnswerJournal again = AnswerJournal.open(file, clock)) {
            assertThat(again.answers()).containsEntry("q1", text("v100")).containsKeys("q2", "q3");
            assertThat(again.pending()).extracting(JournalEntry.Answer::item).containsExactly("q2", "q3");
            assertThat(again.lastPosition()).contains("q2");
        }
    }

    @Test
    void theFileIsTheOwnersOnly() throws IOException {
        Path file = dir.resolve("j");
        try (AnswerJournal journal = AnswerJournal.open(file, clock)) {
            journal.answer("q1", text("a"));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
