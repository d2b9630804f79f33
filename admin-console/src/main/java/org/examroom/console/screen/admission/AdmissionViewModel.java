package org.examroom.console.screen.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.examroom.common.i18n.Messages;
import org.examroom.common.time.MoscowTime;
import org.examroom.console.client.StaffApi;
import org.examroom.console.client.StaffApi.Attempt;
import org.examroom.console.client.StaffApi.Exam;
import org.examroom.console.client.StaffApiException;
import org.examroom.console.screen.Calls;
import org.examroom.documents.Documents;
import org.examroom.documents.ExamSitting;
import org.examroom.documents.KeySlips;

/**
 * The admission desk: find the applicant by surname or document number, check the passport, admit by the exam's
 * policy (the controller decides at its clock and the desk shows the decision and its reason, asking for the
 * applicant's consent where the policy wants it), issue the access key and print its slip, or mark them absent.
 */
public final class AdmissionViewModel {

    private final StaffApi api;
    private final Calls calls;
    private final Messages messages;
    private final String university;

    private final ObjectProperty<Exam> exam = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Candidate> selected = new SimpleObjectProperty<>();
    private final BooleanProperty passportChecked = new SimpleBooleanProperty(false);
    private final BooleanProperty consent = new SimpleBooleanProperty(false);
    private final StringProperty reissueReason = new SimpleStringProperty("");
    private final StringProperty cardId = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper needsConsent = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper decisionStyle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper issuedKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<byte[]>> keySlip = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final BooleanBinding canAdmit;
    private final BooleanBinding canIssueKey;
    private final BooleanBinding canMarkAbsent;
    private final BooleanBinding canRegisterCard;

    /** {@code university} heads the key slips the desk prints. */
    public AdmissionViewModel(StaffApi api, Calls calls, Messages messages, String university) {
        this.api = api;
        this.calls = calls;
        this.messages = messages;
        this.university = university;
        exam.addListener((o, was, now) -> {
            if (now != null && query.get().isBlank()) {
                showAll(now);
            }
        });
        selected.addListener((o, was, now) -> {
            if (was == null || now == null || !was.applicant().id().equals(now.applicant().id())) {
                passportChecked.set(false);
                consent.set(false);
                needsConsent.set(false);
                decision.set("");
                decisionStyle.set("");
                issuedKey.set("");
                keySlip.set(Optional.empty());
                reissueReason.set("");
            }
        });
        canAdmit = Bindings.createBooleanBinding(() -> !busy.get() && passportChecked.get()
                && ("REGISTERED".equals(stateOfSelected())) && (!needsConsent.get() || consent.get()),
                selected, passportChecked, busy, needsConsent, consent);
        canIssueKey = Bindings.createBooleanBinding(() -> !busy.get() && ("ADMITTED".equals(stateOfSelected())
                || ("KEY_ISSUED".equals(stateOfSelected()) && !reissueReason.get().isBlank())), selected, busy, reissueReason);
        canRegisterCard = Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null && !cardId.get().isBlank(),
                selected, busy, cardId);
        canMarkAbsent = Bindings.createBooleanBinding(() -> !busy.get() && "REGISTERED".equals(stateOfSelected()), selected, busy);
    }

    private String stateOfSelected() {
        return selected.get() == null ? "" : selected.get().state();
    }

    public ObjectProperty<Exam> examProperty() {
        return exam;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObjectProperty<Candidate> selectedProperty() {
        return selected;
    }

    /** Ticked by the supervisor once the passport in hand matches the applicant. */
    public BooleanProperty passportCheckedProperty() {
        return passportChecked;
    }

    /** The applicant's consent to the shortened time, asked only when the policy needs it. */
    public BooleanProperty consentProperty() {
        return consent;
    }

    public ReadOnlyBooleanProperty needsConsentProperty() {
        return needsConsent.getReadOnlyProperty();
    }

    /** The reason for issuing a key again (the first key is then void). */
    public StringProperty reissueReasonProperty() {
        return reissueReason;
    }

    /** The last admission decision and its reason, e.g. «Допущен без дополнительного времени: опоздание 12 мин». */
    public ReadOnlyStringProperty decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    /** {@code decision-ok}, {@code decision-ask} or {@code decision-refused}, for the decision's colour. */
    public ReadOnlyStringProperty decisionStyleProperty() {
        return decisionStyle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The key just issued, to read out or copy onto the slip; shown once, as the controller shows it once. */
    public ReadOnlyStringProperty issuedKeyProperty() {
        return issuedKey.getReadOnlyProperty();
    }

    /** The printable slip (PDF) with the key and its QR code, made when the key is issued. */
    public ReadOnlyObjectProperty<Optional<byte[]>> keySlipProperty() {
        return keySlip.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canAdmitProperty() {
        return canAdmit;
    }

    public BooleanBinding canIssueKeyProperty() {
        return canIssueKey;
    }

    /** The id of a card tapped on the desk's reader (a keyboard-wedge reader types it into the field). */
    public StringProperty cardIdProperty() {
        return cardId;
    }

    public BooleanBinding canRegisterCardProperty() {
        return canRegisterCard;
    }

    /** Registers the card for the selected applicant; at the terminal it then stands for their issued key. */
    public void registerCard() {
        Candidate who = selected.get();
        String card = cardId.get().strip();
        if (!canRegisterCard.get()) {
            return;
        }
        cardId.set("");
        busy.set(true);
        calls.perform(() -> api.registerCard(who.applicant().id(), card), () -> {
            busy.set(false);
            status.set(messages.get("admission.card.done", who.applicant().shortName()));
        }, this::refused);
    }

    public BooleanBinding canMarkAbsentProperty() {
        return canMarkAbsent;
    }

    /** Looks the applicant up by the start of the surname or the document number, with their attempt at the exam. */
    public void search() {
        String q = query.get().strip();
        Exam current = exam.get();
        if (q.isEmpty() && current != null) {
            showAll(current);
            return;
        }
        if (q.length() < 2) {
            status.set(messages.get("admission.query.short"));
            return;
        }
        busy.set(true);
        calls.run(() -> {
            List<StaffApi.Applicant> found = api.applicants(q);
            Map<String, Attempt> attempts = current == null ? Map.of() : api.attempts(current.id()).stream()
                    .collect(Collectors.toMap(Attempt::applicantId, Function.identity(), (a, b) -> a));
            return found.stream().map(a -> new Candidate(a, Optional.ofNullable(attempts.get(a.id())))).toList();
        }, found -> {
            busy.set(false);
            candidates.setAll(found);
            status.set(found.isEmpty() ? messages.get("admission.none", q) : messages.get("admission.found", found.size()));
            if (found.size() == 1) {
                selected.set(found.getFirst());
            }
        }, this::refused);
    }

    /** Everyone registered for the exam, in the order of their seats (an empty search). */
    private void showAll(Exam current) {
        busy.set(true);
        calls.run(() -> {
            List<Candidate> all = new java.util.ArrayList<>();
            for (Attempt a : api.attempts(current.id())) {
                all.add(new Candidate(api.applicant(a.applicantId()), Optional.of(a)));
            }
            all.sort(java.util.Comparator.comparing((Candidate c) -> c.applicant().fullName()));
            return all;
        }, all -> {
            busy.set(false);
            candidates.setAll(all);
            status.set(messages.get("admission.all", all.size()));
        }, this::refused);
    }

    /** Admits the selected applicant: passport checked, and consent when the policy asked for it. */
    public void admit() {
        Candidate who = selected.get();
        if (!canAdmit.get() || who.attempt().isEmpty()) {
            return;
        }
        Optional<Boolean> answer = needsConsent.get() ? Optional.of(consent.get()) : Optional.empty();
        busy.set(true);
        status.set(messages.get("admission.sending"));
        calls.run(() -> api.admit(who.attempt().get().id(), answer), admission -> {
            busy.set(false);
            status.set("");
            replace(who.withAttempt(admission.attempt()));
            String why = admission.explanation(messages.locale().getLanguage());
            decision.set(messages.get("admission.decision." + admission.decision()) + (why.isBlank() ? "" : ": " + why));
            needsConsent.set("NEEDS_CONSENT".equals(admission.decision()));
            decisionStyle.set(switch (admission.decision()) {
                case "ADMITTED" -> "decision-ok";
                case "NEEDS_CONSENT", "TOO_EARLY" -> "decision-ask";
                default -> "decision-refused";
            });
        }, this::refused);
    }

    /** Issues the access key (again, with a reason, when one was issued) and makes its slip. */
    public void issueKey() {
        Candidate who = selected.get();
        Exam current = exam.get();
        if (!canIssueKey.get() || who.attempt().isEmpty()) {
            return;
        }
        Optional<String> reason = "KEY_ISSUED".equals(who.state()) ? Optional.of(reissueReason.get().strip()) : Optional.empty();
        busy.set(true);
        status.set(messages.get("admission.sending"));
        calls.run(() -> api.issueKey(who.attempt().get().id(), reason), key -> {
            busy.set(false);
            replace(who.withAttempt(key.attempt()));
            reissueReason.set("");
            issuedKey.set(messages.get("admission.key", key.key(), key.keyNumber(), key.attempt().seat().orElse("—")));
            status.set(messages.get("admission.key.once"));
            keySlip.set(Optional.of(slip(current, who, key)));
        }, this::refused);
    }

    public void markAbsent() {
        Candidate who = selected.get();
        if (!canMarkAbsent.get() || who.attempt().isEmpty()) {
            return;
        }
        busy.set(true);
        calls.run(() -> api.markAbsent(who.attempt().get().id()), attempt -> {
            busy.set(false);
            replace(who.withAttempt(attempt));
            status.set(messages.get("admission.absent.done", who.applicant().shortName()));
        }, this::refused);
    }

    private byte[] slip(Exam current, Candidate who, StaffApi.IssuedKey key) {
        LocalDate day = current == null ? LocalDate.now(MoscowTime.ZONE) : MoscowTime.of(current.scheduledStart()).toLocalDate();
        ExamSitting sitting = new ExamSitting(university, current == null ? "" : current.subject(),
                current == null ? "" : current.programme(), day, key.attempt().roomId().orElse("—"));
        return Documents.keySlips(new KeySlips(sitting, List.of(new KeySlips.Slip(who.applicant().fullName(),
                key.attempt().seat().orElse("—"), key.keyNumber(), key.key()))));
    }

    private void replace(Candidate next) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).applicant().id().equals(next.applicant().id())) {
                candidates.set(i, next);
            }
        }
        selected.set(next);
    }

    private void refused(StaffApiException e) {
        busy.set(false);
        status.set(messages.get("admission.refused", e.explanation(messages.locale().getLanguage())));
    }
}
