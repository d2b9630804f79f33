package org.examroom.console.screen.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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

/**
 * The room's documents: the key register, the reconciliation, the results protocol, a removal act for each applicant
 * removed and a reserve-day application for each technical failure, made by the controller; key slips made here.
 * Each opens in the console's viewer and can be saved to the documents folder for printing.
 */
public final class DocumentsViewModel {

    /** A document the controller can make, by its path under {@code /api/v1/}. */
    public record Entry(String title, String path, String fileName) {
    }

    private final StaffApi api;
    private final Calls calls;
    private final Messages messages;
    private final Path folder;

    private final ObjectProperty<Exam> exam = new SimpleObjectProperty<>();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<RenderedPdf>> shown = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** Saved documents go to {@code folder}/{@code <exam>}/. */
    public DocumentsViewModel(StaffApi api, Calls calls, Messages messages, Path folder) {
        this.api = api;
        this.calls = calls;
        this.messages = messages;
        this.folder = folder;
        exam.addListener((o, was, now) -> refresh());
    }

    public ObjectProperty<Exam> examProperty() {
        return exam;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** The document in the viewer. */
    public ReadOnlyObjectProperty<Optional<RenderedPdf>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Lists what can be made now: the exam's registers, and an act or application for each attempt that needs one. */
    public void refresh() {
        Exam current = exam.get();
        if (current == null) {
            entries.clear();
            return;
        }
        String e = "exams/" + current.id() + "/documents/";
        calls.run(() -> api.attempts(current.id()), attempts -> {
            List<Entry> list = new ArrayList<>(List.of(
                    new Entry(messages.get("documents.keyRegister"), e + "key-register.pdf", current.id() + "-key-register.pdf"),
                    new Entry(messages.get("documents.reconciliation"), e + "reconciliation.pdf", current.id() + "-reconciliation.pdf"),
                    new Entry(messages.get("documents.resultsProtocol"), e + "results-protocol.pdf", current.id() + "-results-protocol.pdf")));
            for (StaffApi.Attempt a : attempts) {
                if (a.state().equals("REMOVED")) {
                    list.add(removalAct(a.id()));
                } else if (a.state().equals("TECHNICAL_FAILURE")) {
                    list.add(new Entry(messages.get("documents.reserveDay", a.applicantId()),
                            "attempts/" + a.id() + "/documents/reserve-day-application.pdf", a.id() + "-reserve-day-application.pdf"));
                }
            }
            entries.setAll(list);
        }, this::refused);
    }

    /** The removal act of an attempt. */
    public Entry removalAct(String attemptId) {
        return new Entry(messages.get("documents.removalAct", attemptId), "attempts/" + attemptId + "/documents/removal-act.pdf",
                attemptId + "-removal-act.pdf");
    }

    /** Asks the controller for the document and shows it. */
    public void open(Entry entry) {
        status.set(messages.get("documents.loading", entry.title()));
        calls.run(() -> RenderedPdf.of(entry.title(), entry.fileName(), api.document(entry.path())), pdf -> {
            shown.set(Optional.of(pdf));
            status.set(messages.get("documents.pages", entry.title(), pdf.pages().size()));
        }, this::refused);
    }

    /** Shows a document the console made itself (a key slip). */
    public void show(String title, String fileName, byte[] pdf) {
        calls.run(() -> RenderedPdf.of(title, fileName, pdf), rendered -> {
            shown.set(Optional.of(rendered));
            status.set(messages.get("documents.pages", title, rendered.pages().size()));
        }, this::refused);
    }

    /** Saves the document in the viewer to the documents folder; answers where it went. */
    public Optional<Path> save() {
        Optional<RenderedPdf> pdf = shown.get();
        if (pdf.isEmpty()) {
            return Optional.empty();
        }
        Path dir = folder.resolve(exam.get() == null ? "documents" : exam.get().id());
        Path target = dir.resolve(pdf.get().fileName());
        try {
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, ".saving-", ".pdf");
            Files.write(part, pdf.get().pdf());
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            status.set(messages.get("documents.saved", target));
            return Optional.of(target);
        } catch (IOException e) {
            status.set(messages.get("documents.saveFailed", target, e.getMessage()));
            return Optional.empty();
        }
    }

    private void refused(StaffApiException e) {
        status.set(messages.get("documents.refused", e.explanation(messages.locale().getLanguage())));
    }
}
