package org.examroom.console.screen.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.examroom.common.content.ItemText;
import org.examroom.common.i18n.Messages;
import org.examroom.console.client.StaffApi;
import org.examroom.console.client.StaffApi.Exam;
import org.examroom.console.client.StaffApi.Grading;
import org.examroom.console.client.StaffApiException;
import org.examroom.console.screen.Calls;

/**
 * Blind marking of open answers: a committee member sees each work only by its cipher, reads the item and what was
 * written, and gives a mark; two graders where the exam asks for them, a third mark when two disagree. Once every
 * work has its marks, the supervisor decodes: the final points are written and ciphers are linked to applicants.
 */
public final class GradingViewModel {

    /** One open answer of one work, as a line of the list. */
    public record Answer(String cipher, Grading.OpenAnswer item) {
    }

    private final StaffApi api;
    private final Calls calls;
    private final Messages messages;

    private final ObjectProperty<Exam> exam = new SimpleObjectProperty<>();
    private final ObservableList<Answer> answers = FXCollections.observableArrayList();
    private final ObjectProperty<Answer> selected = new SimpleObjectProperty<>();
    private final StringProperty score = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper response = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper marks = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canMark;

    public GradingViewModel(StaffApi api, Calls calls, Messages messages) {
        this.api = api;
        this.calls = calls;
        this.messages = messages;
        exam.addListener((o, was, now) -> refresh());
        selected.addListener((o, was, now) -> show(now));
        canMark = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().item().complete()
                && scoreValue().isPresent(), selected, score);
    }

    public ObjectProperty<Exam> examProperty() {
        return exam;
    }

    public ObservableList<Answer> answers() {
        return answers;
    }

    public ObjectProperty<Answer> selectedProperty() {
        return selected;
    }

    public StringProperty scoreProperty() {
        return score;
    }

    /** The item's text, as plain text. */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** What the applicant wrote. */
    public ReadOnlyStringProperty responseProperty() {
        return response.getReadOnlyProperty();
    }

    /** The marks given so far, and whether two disagree. */
    public ReadOnlyStringProperty marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** «Работ: 12, не досмотрено: 3». */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canMarkProperty() {
        return canMark;
    }

    /** A line of the list: «M7-4KQ2 · q12 · 1 из 2 оценок». */
    public String line(Answer a) {
        return a.cipher() + " · " + a.item().itemId() + " · " + (a.item().complete()
                ? messages.get("grading.line.done", a.item().finalScore().map(BigDecimal::toPlainString).orElse("—"))
                : messages.get("grading.line.marks", a.item().marks().size()))
                + (a.item().discrepancy() ? " · " + messages.get("grading.discrepancy") : "");
    }

    public void refresh() {
        Exam current = exam.get();
        if (current == null) {
            answers.clear();
            return;
        }
        String keep = selected.get() == null ? null : selected.get().cipher() + "/" + selected.get().item().itemId();
        calls.run(() -> api.grading(current.id()), grading -> {
            List<Answer> list = grading.works().stream()
                    .flatMap(w -> w.items().stream().map(i -> new Answer(w.cipher(), i))).toList();
            answers.setAll(list);
            progress.set(messages.get("grading.progress", grading.works().size(), grading.unfinished()));
            selected.set(list.stream().filter(a -> (a.cipher() + "/" + a.item().itemId()).equals(keep)).findFirst()
                    .orElse(list.stream().filter(a -> !a.item().complete()).findFirst().orElse(null)));
        }, this::refused);
    }

    /** Sends this committee member's mark for the selected answer. */
    public void mark() {
        Answer a = selected.get();
        Optional<BigDecimal> value = scoreValue();
        Exam current = exam.get();
        if (a == null || value.isEmpty() || current == null) {
            return;
        }
        calls.perform(() -> api.mark(current.id(), a.cipher(), a.item().itemId(), value.get()), () -> {
            status.set(messages.get("grading.marked", value.get().toPlainString(), a.cipher()));
            score.set("");
            refresh();
        }, this::refused);
    }

    /** Decodes the works once all are marked; the controller says how many are unfinished when they are not. */
    public void decode() {
        Exam current = exam.get();
        if (current == null) {
            return;
        }
        calls.run(() -> api.decode(current.id()), decoded -> {
            status.set(messages.get("grading.decoded", decoded));
            refresh();
        }, this::refused);
    }

    private void show(Answer a) {
        score.set("");
        if (a == null) {
            prompt.set("");
            response.set("");
            marks.set("");
            return;
        }
        prompt.set(ItemText.plain(a.item().prompt()) + "\n" + messages.get("grading.max", a.item().maxScore().toPlainString()));
        response.set(a.item().response().isBlank() ? messages.get("grading.noAnswer") : a.item().response());
        marks.set(a.item().marks().isEmpty() ? messages.get("grading.noMarks") : a.item().marks().stream()
                .map(m -> m.grader() + ": " + m.score().toPlainString()).collect(Collectors.joining("; "))
                + (a.item().discrepancy() ? " — " + messages.get("grading.discrepancy.third") : ""));
    }

    private Optional<BigDecimal> scoreValue() {
        Answer a = selected.get();
        try {
            BigDecimal v = new BigDecimal(score.get().strip().replace(',', '.'));
            return a != null && v.signum() >= 0 && v.compareTo(a.item().maxScore()) <= 0 && v.scale() <= 2
                    ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void refused(StaffApiException e) {
        status.set(messages.get("grading.refused", e.explanation(messages.locale().getLanguage())));
    }
}
