package org.examroom.console.screen.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.examroom.common.i18n.Messages;
import org.examroom.console.ConsoleApp;
import org.examroom.console.client.FakeStaffApi;
import org.examroom.console.client.StaffApi.Admission;
import org.examroom.console.client.StaffApi.Applicant;
import org.examroom.console.client.StaffApi.Attempt;
import org.examroom.console.client.StaffApi.Exam;
import org.examroom.console.client.StaffApi.IssuedKey;
import org.examroom.console.client.StaffApiException;
import org.examroom.console.screen.Calls;
import org.junit.jupiter.api.Test;

/** The admission desk's behaviour, without the toolkit: calls run at once on the test's thread. */
class AdmissionViewModelTest {

    static final Exam MATH = new Exam("MATH-1", "Математика", "01.03.02", Instant.parse("2026-07-15T07:00:00Z"), 180, 40,
            100, "SPBGUPTD", List.of("V1", "V2"), org.examroom.common.proctoring.ProctoringPreset.REMOTE);
    static final Applicant ANNA = new Applicant("A-001", "Иванова Анна Сергеевна", "Иванова А. С.", "PASSPORT_RF",
            "4510 123456", 0, false);

    final Messages ru = ConsoleApp.messages(Locale.of("ru"));
    final Calls now = new Calls(Runnable::run, Runnable::run);
    final List<String> sent = new ArrayList<>();
    String state = "REGISTERED";

    static Attempt attempt(String state) {
        return new Attempt("A-001.MATH-1", "A-001", "MATH-1", state, Optional.of("101"), Optional.of("1-2"),
                Optional.of("V2"), Optional.empty());
    }

    final FakeStaffApi api = new FakeStaffApi() {
        @Override
        public List<Applicant> applicants(String query) {
            sent.add("search " + query);
            return query.startsWith("Ив") ? List.of(ANNA) : List.of();
        }

        @Override
        public Applicant applicant(String id) {
            return ANNA;
        }

        @Override
        public List<Attempt> attempts(String examId) {
            return List.of(attempt(state));
        }

        @Override
        public Admission admit(String attemptId, Optional<Boolean> consent) {
            sent.add("admit " + attemptId + " consent=" + consent.map(String::valueOf).orElse("-"));
            if (consent.isEmpty()) {
                return new Admission("NEEDS_CONSENT", "опоздание 25 мин: только с согласием на сокращённое время",
                        "25 min late: only with consent to the shortened time", attempt("REGISTERED"), false);
            }
            state = "ADMITTED";
            return new Admission("ADMITTED", "опоздание 25 мин, без дополнительного времени", "25 min late", attempt(state), false);
        }

        @Override
        public IssuedKey issueKey(String attemptId, Optional<String> reason) throws StaffApiException {
            sent.add("key " + attemptId + " reason=" + reason.orElse("-"));
            state = "KEY_ISSUED";
            return new IssuedKey("7F3K-2QMX-9ZRD-4W", "K-00001", attempt(state));
        }
    };

    AdmissionViewModel desk() {
        AdmissionViewModel desk = new AdmissionViewModel(api, now, ru, "Томский политехнический университет");
        desk.examProperty().set(MATH);
        return desk;
    }

    @Test
    void findsTheApplicantWithTheirAttemptAndAdmitsOnlyAfterThePassportCheck() {
        AdmissionViewModel desk = desk();
        desk.queryProperty().set("И");
        desk.search();
        assertThat(desk.statusProperty().get()).contains("не меньше двух символов");
        assertThat(sent).isEmpty();

        desk.queryProperty().set("Ив");
        desk.search();
        assertThat(desk.candidates()).hasSize(1);
        assertThat(desk.selectedProperty().get().state()).isEqualTo("REGISTERED");
        assertThat(desk.canAdmitProperty().get()).isFalse();

        desk.passportCheckedProperty().set(true);
        assertThat(desk.canAdmitProperty().get()).isTrue();
    }

    @Test
    void anEmptySearchListsEveryoneRegisteredForTheExam() {
        AdmissionViewModel desk = desk();
        assertThat(desk.candidates()).as("shown as soon as the exam is chosen").hasSize(1);
        assertThat(desk.statusProperty().get()).isEqualTo("Все зарегистрированные на экзамен: 1; найдите по фамилии или номеру документа");
        desk.queryProperty().set("Ив");
        desk.search();
        desk.queryProperty().set("");
        desk.search();
        assertThat(desk.candidates()).extracting(c -> c.applicant().fullName()).containsExactly("Иванова Анна Сергеевна");
    }

    @Test
    void asksForConsentWhenThePolicyNeedsItAndSendsItWithTheSecondAdmission() {
        AdmissionViewModel desk = desk();
        desk.queryProperty().set("Иванова");
        desk.search();
        desk.passportCheckedProperty().set(true);

        desk.admit();
        assertThat(desk.needsConsentProperty().get()).isTrue();
        assertThat(desk.decisionProperty().get()).startsWith("Нужно согласие абитуриента: опоздание 25 мин");
        assertThat(desk.decisionStyleProperty().get()).isEqualTo("decision-ask");
        assertThat(desk.canAdmitProperty().get()).as("not before the consent is ticked").isFalse();

        desk.consentProperty().set(true);
        desk.admit();

        assertThat(sent).containsSubsequence("admit A-001.MATH-1 consent=-", "admit A-001.MATH-1 consent=true");
        assertThat(desk.decisionProperty().get()).startsWith("Допущен");
        assertThat(desk.decisionStyleProperty().get()).isEqualTo("decision-ok");
        assertThat(desk.selectedProperty().get().state()).isEqualTo("ADMITTED");
        assertThat(desk.canIssueKeyProperty().get()).isTrue();
    }

    @Test
    void issuesTheKeyOnceWithASlipAndAsksForAReasonToIssueAgain() throws Exception {
        state = "ADMITTED";
        AdmissionViewModel desk = desk();
        desk.queryProperty().set("Ив");
        desk.search();

        desk.issueKey();

        assertThat(desk.issuedKeyProperty().get()).contains("7F3K-2QMX-9ZRD-4W").contains("K-00001").contains("1-2");
        byte[] slip = desk.keySlipProperty().get().orElseThrow();
        try (var pdf = Loader.loadPDF(slip)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Иванова Анна Сергеевна").contains("K-00001").contains("Математика");
        }
        assertThat(desk.canIssueKeyProperty().get()).as("a second key needs a reason").isFalse();
        desk.reissueReasonProperty().set("бланк испорчен");
        assertThat(desk.canIssueKeyProperty().get()).isTrue();
        desk.issueKey();
        assertThat(sent).contains("key A-001.MATH-1 reason=-", "key A-001.MATH-1 reason=бланк испорчен");
    }

    @Test
    void registersTheCardTappedAtTheDeskForTheSelectedApplicant() {
        List<String> cards = new ArrayList<>();
        var withCards = new FakeStaffApi() {
            @Override
            public List<Applicant> applicants(String query) {
                return List.of(ANNA);
            }

            @Override
            public List<Attempt> attempts(String examId) {
                return List.of(attempt("KEY_ISSUED"));
            }

            @Override
            public void registerCard(String applicantId, String cardId) {
                cards.add(applicantId + " " + cardId);
            }
        };
        AdmissionViewModel desk = new AdmissionViewModel(withCards, now, ru, "");
        desk.examProperty().set(MATH);
        desk.queryProperty().set("Ив");
        desk.search();
        assertThat(desk.canRegisterCardProperty().get()).isFalse();
        desk.cardIdProperty().set(" 04A1B2C3 ");
        assertThat(desk.canRegisterCardProperty().get()).isTrue();
        desk.registerCard();

        assertThat(cards).containsExactly("A-001 04A1B2C3");
        assertThat(desk.statusProperty().get()).isEqualTo("Карта зарегистрирована: Иванова А. С. может приложить её у терминала вместо ввода ключа");
        assertThat(desk.cardIdProperty().get()).as("the card id is not kept on screen").isEmpty();
    }

    @Test
    void showsTheControllersReasonWhenItRefuses() {
        var refusing = new FakeStaffApi() {
            @Override
            public List<Applicant> applicants(String query) {
                return List.of(ANNA);
            }

            @Override
            public List<Attempt> attempts(String examId) {
                return List.of(attempt("REGISTERED"));
            }

            @Override
            public Admission admit(String attemptId, Optional<Boolean> consent) throws StaffApiException {
                throw new StaffApiException.Refused(409, "Сейчас нельзя: состояние «допущен»", "Not now", Optional.empty());
            }
        };
        AdmissionViewModel desk = new AdmissionViewModel(refusing, now, ru, "");
        desk.examProperty().set(MATH);
        desk.queryProperty().set("4510");
        desk.search();
        desk.passportCheckedProperty().set(true);
        desk.admit();

        assertThat(desk.statusProperty().get()).isEqualTo("Не выполнено: Сейчас нельзя: состояние «допущен»");
        assertThat(desk.busyProperty().get()).isFalse();
    }
}
