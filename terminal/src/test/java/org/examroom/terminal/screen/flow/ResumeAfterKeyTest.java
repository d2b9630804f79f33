package org.examroom.terminal.screen.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examroom.terminal.TerminalApp;
import org.examroom.terminal.proctor.FaceSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paired terminal asks the controller whether an attempt is open here while the applicant may already be typing
 * the key; the two calls run side by side, so the older answer can arrive after the newer one. The test plays both
 * threads: io tasks and UI tasks run in the order it chooses.
 */
class ResumeAfterKeyTest {

    @TempDir
    Path data;
    private final List<Runnable> io = new ArrayList<>();
    private final List<Runnable> ui = new ArrayList<>();
    private final FakeController controller = new FakeController(List.of(), Instant.now().plusSeconds(900));
    private ApplicantFlow flow;

    @AfterEach
    void close() {
        if (flow != null) {
            flow.close();
        }
    }

    private void runIo(int index) {
        io.remove(index).run();
    }

    private void runAllUi() {
        while (!ui.isEmpty()) {
            ui.removeFirst().run();
        }
    }

    @Test
    void anAnswerAboutTheAttemptThatArrivesAfterTheKeyDoesNotSendTheApplicantBack() {
        flow = new ApplicantFlow(data, controller, io::add, ui::add, Clock.systemUTC(), System::nanoTime,
                TerminalApp.messages(Locale.forLanguageTag("ru")), FaceSetup.none());
        flow.paired("1-2", Optional.of("101"));
        assertThat(io).as("the question whether an attempt is open here").hasSize(1);

        flow.openKeyEntry();
        flow.keyEntry().keyProperty().set(FakeController.KEY);
        flow.keyEntry().submit();
        runIo(1);
        runIo(0); // the controller answers the older question only now: the attempt has its key
        List<Runnable> olderAnswer = new ArrayList<>(ui.subList(1, ui.size()));
        ui.subList(1, ui.size()).clear();
        runAllUi();
        assertThat(flow.screen()).isEqualTo(Screen.RULES);

        flow.rulesProperty().set(true);
        flow.consentProperty().set(true);
        flow.acceptRules();
        io.removeFirst().run();
        runAllUi();
        assertThat(flow.screen()).isEqualTo(Screen.PHOTOS);

        olderAnswer.forEach(Runnable::run); // "the key is entered": older than the rules the applicant accepted
        assertThat(flow.screen()).as("the applicant stays where the newer reply put them").isEqualTo(Screen.PHOTOS);
    }

    @Test
    void aTerminalRestartedMidTestStillReopensItsAttemptFromTheSeatOrTheKeyScreen() {
        controller.state = "RULES_ACCEPTED";
        flow = new ApplicantFlow(data, controller, io::add, ui::add, Clock.systemUTC(), System::nanoTime,
                TerminalApp.messages(Locale.forLanguageTag("ru")), FaceSetup.none());
        flow.paired("1-2", Optional.of("101"));
        flow.openKeyEntry(); // the applicant taps "enter the key" before the answer comes
        runIo(0);
        runAllUi();
        assertThat(flow.screen()).isEqualTo(Screen.PHOTOS);
    }
}
