package org.examroom.console.screen.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.examroom.common.i18n.Messages;
import org.examroom.console.ConsoleApp;
import org.examroom.console.client.FakeStaffApi;
import org.examroom.console.client.StaffApi.Applicant;
import org.examroom.console.client.StaffApi.Exam;
import org.examroom.console.client.StaffApi.Reconciliation;
import org.examroom.console.client.StaffApi.Result;
import org.examroom.console.client.StaffApi.Review;
import org.examroom.console.client.StaffApi.SyncStatus;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsViewModelTest {

    static final Exam MATH = new Exam("MATH-1", "Математика", "01.03.02", Instant.parse("2026-07-15T07:00:00Z"), 180, 40, 100,
            "TPU", List.of("V1"), org.examroom.common.proctoring.ProctoringPreset.IN_ROOM);

    @TempDir
    Path documents;

    final Messages ru = ConsoleApp.messages(Locale.of("ru"));
    SyncStatus sync = new SyncStatus(true, 2, 1, 5, 3, Optional.of(Instant.parse("2026-07-15T11:00:00Z")),
            Optional.of("The office cannot be reached: Connection refused"),
            Optional.of("Акт об удалении A-007 должен быть в приёмной комиссии до 16.07.2026 18:00 МСК"), Optional.of("Removal act"));

    final FakeStaffApi api = new FakeStaffApi() {
        @Override
        public List<Result> results(String examId) {
            return List.of(new Result("A-001.MATH-1", "A-001", "GRADED", OptionalInt.of(72), Optional.of(true),
                    "семьдесят два", "seventy-two"), new Result("A-007.MATH-1", "A-007", "ANNULLED", OptionalInt.of(0),
                    Optional.of(false), "ноль", "zero"));
        }

        @Override
        public Applicant applicant(String id) {
            return new Applicant(id, id.equals("A-001") ? "Иванова Анна Сергеевна" : "Петров Иван Петрович", "", "PASSPORT_RF", "1", 0, false);
        }

        @Override
        public Reconciliation reconciliation(String examId) {
            return new Reconciliation(30, 28, 2, 26, 1, 1, 0, true);
        }

        @Override
        public List<Review> review(String examId) {
            return List.of(new Review("A-003.MATH-1", "Семёнов И. П.", Optional.of("1-3"), "SUBMITTED", 58.4,
                    java.util.Map.of("MULTIPLE_PEOPLE", 0.18, "LOOKING_AWAY", 0.03), 4),
                    new Review("A-001.MATH-1", "Иванова А. С.", Optional.of("1-1"), "SUBMITTED", 100, java.util.Map.of(), 0));
        }

        @Override
        public List<org.examroom.console.client.StaffApi.DraftSheets> draftSheetLog(String examId) {
            return List.of(new org.examroom.console.client.StaffApi.DraftSheets("A-001.MATH-1", "A-001", 2,
                    Instant.parse("2026-07-15T08:10:00Z"), "Смирнова Е. В."));
        }

        @Override
        public SyncStatus syncStatus() {
            return sync;
        }

        @Override
        public byte[] document(String path) {
            return ("\uFEFFapplicant_id;surname\r\nA-001;Иванова\r\n[" + path + "]").getBytes(StandardCharsets.UTF_8);
        }
    };

    ResultsViewModel model() {
        ResultsViewModel model = new ResultsViewModel(api, new Calls(Runnable::run, Runnable::run), ru,
                new Times(ZoneId.of("Europe/Moscow"), Locale.of("ru")), documents);
        model.examProperty().set(MATH);
        return model;
    }

    @Test
    void resultsWithNamesPointsInWordsAndTheReconciliation() {
        ResultsViewModel model = model();
        assertThat(model.rows()).extracting(ResultsViewModel.Row::applicant, ResultsViewModel.Row::points,
                ResultsViewModel.Row::words, ResultsViewModel.Row::passed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Иванова Анна Сергеевна", "72", "семьдесят два", "прошёл"),
                org.assertj.core.groups.Tuple.tuple("Петров Иван Петрович", "0", "ноль", "не прошёл"));
        assertThat(model.rows().get(1).status()).isEqualTo("аннулировано (удалён)");
        assertThat(model.reconciliationProperty().get()).startsWith("Сверка сходится: зарегистрировано 30, явилось 28");
        assertThat(model.review()).containsExactly("58 · Семёнов И. П., 1-3 · посторонние в кадре 18%, смотрит в сторону 3%",
                "100 · Иванова А. С., 1-1 · камера ничего не отметила");
        assertThat(model.draftSheets()).containsExactly("11:10:00 МСК · Иванова Анна Сергеевна: листов 2 (выдал Смирнова Е. В.)");
    }

    @Test
    void whatWaitsForTheOfficeAndARemovalActAtRisk() {
        ResultsViewModel model = model();
        assertThat(model.syncProperty().get()).isEqualTo("Приёмная комиссия: ждут отправки 2, отправлено 1, подтверждено 5; "
                + "последнее подтверждение 14:00:00 МСК · последняя ошибка: The office cannot be reached: Connection refused");
        assertThat(model.syncWarningProperty().get()).startsWith("Акт об удалении A-007");

        sync = new SyncStatus(false, 0, 0, 0, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        model.refresh();
        assertThat(model.syncProperty().get()).isEqualTo("Отправка в приёмную комиссию не настроена на этом контроллере");
        assertThat(model.syncWarningProperty().get()).isEmpty();
    }

    @Test
    void theSpreadsheetIsSavedInTheExamsDocumentsFolder() throws Exception {
        ResultsViewModel model = model();
        model.exportCsv();
        Path csv = documents.resolve("MATH-1").resolve("MATH-1-results.csv");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("A-001;Иванова").contains("[exams/MATH-1/results.csv]");
        assertThat(model.statusProperty().get()).isEqualTo("Результаты выгружены: " + csv);
    }
}
