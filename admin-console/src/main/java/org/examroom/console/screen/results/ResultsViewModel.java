package org.examroom.console.screen.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.examroom.common.i18n.Messages;
import org.examroom.console.client.StaffApi;
import org.examroom.console.client.StaffApi.Exam;
import org.examroom.console.client.StaffApiException;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;

/**
 * After the exam: grading every finished work, the results against the pass mark with the points in words, the
 * reconciliation of works against applicants, and where sending to the central office stands.
 */
public final class ResultsViewModel {

    /** A row of the results table. */
    public record Row(String attemptId, String applicant, String status, String points, String words, String passed) {
    }

    private final StaffApi api;
    private final Calls calls;
    private final Messages messages;
    private final Times times;
    private final Map<String, String> names = new HashMap<>();

    private final ObjectProperty<Exam> exam = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reconciliation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sync = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<String> review = FXCollections.observableArrayList();
    private final ObservableList<String> draftSheets = FXCollections.observableArrayList();

    private final java.nio.file.Path folder;

    /** The spreadsheet of results is saved under {@code folder}/{@code <exam>}/. */
    public ResultsViewModel(StaffApi api, Calls calls, Messages messages, Times times, java.nio.file.Path folder) {
        this.folder = folder;
        this.api = api;
        this.calls = calls;
        this.messages = messages;
        this.times = times;
        exam.addListener((o, was, now) -> refresh());
    }

    public ObjectProperty<Exam> examProperty() {
        return exam;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty reconciliationProperty() {
        return reconciliation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncProperty() {
        return sync.getReadOnlyProperty();
    }

    /** The office's deadline for a removal act at risk, or empty. */
    public ReadOnlyStringProperty syncWarningProperty() {
        return syncWarning.getReadOnlyProperty();
    }

    /**
     * The review list, lowest trust score first: «58 · Семёнов И. П., 1-3 · посторонние в кадре 18%». It orders the
     * works for a person to look at the snapshots; it decides nothing.
     */
    public ObservableList<String> review() {
        return review;
    }

    /** The log of extra draft sheets issued, one line per hand-over. */
    public ObservableList<String> draftSheets() {
        return draftSheets;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the results, the reconciliation and the sync status again. */
    public void refresh() {
        Exam current = exam.get();
        if (current == null) {
            return;
        }
        calls.run(() -> named(api.results(current.id())), rows::setAll, this::refused);
        calls.run(() -> api.reconciliation(current.id()), r -> reconciliation.set(messages.get(
                r.reconciled() ? "results.reconciled" : "results.notReconciled", r.registered(), r.present(), r.absent(),
                r.worksHandedIn(), r.removed(), r.technicalFailures(), r.notFinished())), this::refused);
        refreshSync();
        calls.run(() -> api.draftSheetLog(current.id()), log -> draftSheets.setAll(log.stream().map(d -> messages.get(
                "results.sheets.line", times.moscowClock(d.issuedAt()), names.getOrDefault(d.applicantId(), d.applicantId()),
                d.sheets(), d.issuedBy())).toList()), e -> draftSheets.setAll(e.explanation(language())));
        calls.run(() -> api.review(current.id()), lines -> review.setAll(lines.stream().map(this::reviewLine).toList()),
                e -> review.setAll(e.explanation(language())));
    }

    private String reviewLine(StaffApi.Review r) {
        String what = r.shares().entrySet().stream().sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
                .map(e -> (messages.bundle().containsKey("flag." + e.getKey()) ? messages.get("flag." + e.getKey()) : e.getKey())
                        + " " + Math.round(e.getValue() * 100) + "%")
                .collect(java.util.stream.Collectors.joining(", "));
        return Math.round(r.trustScore()) + " · " + r.applicant() + r.seat().map(s -> ", " + s).orElse("") + " · "
                + (what.isEmpty() ? messages.get("review.clean") : what);
    }

    /** Grades every finished work of the exam (again: grading is repeatable and the last one stands). */
    public void grade() {
        Exam current = exam.get();
        if (current == null) {
            return;
        }
        status.set(messages.get("results.grading"));
        calls.run(() -> named(api.grade(current.id())), graded -> {
            rows.setAll(graded);
            status.set(messages.get("results.graded", graded.size()));
        }, this::refused);
    }

    /**
     * Saves the results as a spreadsheet (CSV, UTF-8, semicolons: Excel opens it with the Cyrillic intact) in the
     * documents folder; answers where it went.
     */
    public void exportCsv() {
        Exam current = exam.get();
        if (current == null) {
            return;
        }
        java.nio.file.Path target = folder.resolve(current.id()).resolve(current.id() + "-results.csv");
        calls.run(() -> api.document("exams/" + current.id() + "/results.csv"), csv -> {
            try {
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.write(target, csv);
                status.set(messages.get("results.exported", target));
            } catch (java.io.IOException e) {
                status.set(messages.get("documents.saveFailed", target, e.getMessage()));
            }
        }, this::refused);
    }

    public void syncNow() {
        sync.set(messages.get("results.sync.sending"));
        calls.run(api::syncNow, this::showSync, this::refused);
    }

    private void refreshSync() {
        calls.run(api::syncStatus, this::showSync, e -> sync.set(e.explanation(language())));
    }

    private void showSync(StaffApi.SyncStatus s) {
        if (!s.configured()) {
            sync.set(messages.get("results.sync.off"));
        } else {
            sync.set(messages.get("results.sync", s.pendingChunks(), s.sentChunks(), s.acknowledgedChunks(),
                    s.lastAcknowledged().map(times::clock).orElse("—"))
                    + s.lastProblem().map(p -> " · " + messages.get("results.sync.problem", p)).orElse(""));
        }
        syncWarning.set(("en".equals(language()) ? s.warningEn() : s.warningRu()).orElse(""));
    }

    private List<Row> named(List<StaffApi.Result> results) throws StaffApiException {
        for (StaffApi.Result r : results) {
            if (!names.containsKey(r.applicantId())) {
                names.put(r.applicantId(), api.applicant(r.applicantId()).fullName());
            }
        }
        return results.stream().map(r -> new Row(r.attemptId(), names.get(r.applicantId()), messages.get("result." + r.status()),
                r.points().isPresent() ? Integer.toString(r.points().getAsInt()) : "—",
                "en".equals(language()) ? r.pointsInWordsEn() : r.pointsInWordsRu(),
                r.passed().map(p -> messages.get(p ? "results.passed" : "results.failed")).orElse("—"))).toList();
    }

    private void refused(StaffApiException e) {
        status.set(messages.get("results.refused", e.explanation(language())));
    }

    private String language() {
        return messages.locale().getLanguage();
    }
}
