package org.examroom.console.screen.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examroom.common.i18n.Messages;
import org.examroom.console.ConsoleApp;
import org.examroom.console.client.FakeStaffApi;
import org.examroom.console.client.StaffApi.Grading;
import org.examroom.console.client.StaffApiException;
import org.examroom.console.screen.Calls;
import org.junit.jupiter.api.Test;

class GradingViewModelTest {

    static final org.examroom.console.client.StaffApi.Exam MATH = new org.examroom.console.client.StaffApi.Exam("MATH-1",
            "Математика", "01.03.02", java.time.Instant.parse("2026-07-15T07:00:00Z"), 180, 40, 100, "TPU", List.of("V1"),
            org.examroom.common.proctoring.ProctoringPreset.IN_ROOM);
    final Messages ru = ConsoleApp.messages(Locale.of("ru"));
    final List<String> marks = new ArrayList<>();
    boolean decodable;

    final FakeStaffApi api = new FakeStaffApi() {
        @Override
        public Grading grading(String examId) {
            var essay = new Grading.OpenAnswer("essay", "<p>Докажите, что &radic;2 иррационален.</p>", new BigDecimal("10"),
                    "Предположим противное…", marks.isEmpty() ? List.of() : List.of(new Grading.Mark("Павлов А. Н.", new BigDecimal("7"))),
                    false, false, Optional.empty());
            var done = new Grading.OpenAnswer("essay", "<p>То же</p>", new BigDecimal("10"), "…",
                    List.of(new Grading.Mark("Павлов А. Н.", new BigDecimal("9"))), false, true, Optional.of(new BigDecimal("9")));
            return new Grading(List.of(new Grading.Work("K4-7QMX", 1, true, List.of(done)),
                    new Grading.Work("M7-4KQ2", 1, false, List.of(essay))), 1);
        }

        @Override
        public void mark(String examId, String cipher, String itemId, BigDecimal score) {
            marks.add(cipher + "/" + itemId + "=" + score.toPlainString());
        }

        @Override
        public int decode(String examId) throws StaffApiException {
            if (!decodable) {
                throw new StaffApiException.Refused(409, "Нельзя расшифровать: 1 из 2 работ ещё не оценены", "Cannot decode",
                        Optional.empty());
            }
            return 2;
        }
    };

    @Test
    void marksTheFirstUnfinishedAnswerByCipherWithinItsMaximum() {
        var model = new GradingViewModel(api, new Calls(Runnable::run, Runnable::run), ru);
        model.examProperty().set(MATH);

        assertThat(model.answers()).hasSize(2);
        assertThat(model.selectedProperty().get().cipher()).isEqualTo("M7-4KQ2");
        assertThat(model.promptProperty().get()).startsWith("Докажите").contains("(максимум 10 б.)");
        assertThat(model.responseProperty().get()).isEqualTo("Предположим противное…");
        assertThat(model.progressProperty().get()).isEqualTo("Работ с развёрнутыми ответами: 2, не досмотрено: 1");
        assertThat(model.line(model.answers().getFirst())).isEqualTo("K4-7QMX · essay · итог 9");

        model.scoreProperty().set("11");
        assertThat(model.canMarkProperty().get()).as("above the maximum").isFalse();
        model.scoreProperty().set("7,5");
        assertThat(model.canMarkProperty().get()).isTrue();
        model.mark();

        assertThat(marks).containsExactly("M7-4KQ2/essay=7.5");
        assertThat(model.statusProperty().get()).isEqualTo("Оценка 7.5 записана (шифр M7-4KQ2)");
        assertThat(model.marksProperty().get()).isEqualTo("Павлов А. Н.: 7");
    }

    @Test
    void decodingWaitsForEveryMark() {
        var model = new GradingViewModel(api, new Calls(Runnable::run, Runnable::run), ru);
        model.examProperty().set(MATH);
        model.decode();
        assertThat(model.statusProperty().get()).isEqualTo("Не выполнено: Нельзя расшифровать: 1 из 2 работ ещё не оценены");
        decodable = true;
        model.decode();
        assertThat(model.statusProperty().get()).startsWith("Расшифровано работ: 2");
    }
}
