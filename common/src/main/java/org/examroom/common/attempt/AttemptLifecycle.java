package org.examroom.common.attempt;

import static org.examroom.common.attempt.AttemptState.ABSENT;
import static org.examroom.common.attempt.AttemptState.ADMITTED;
import static org.examroom.common.attempt.AttemptState.IN_PROGRESS;
import static org.examroom.common.attempt.AttemptState.KEY_ENTERED;
import static org.examroom.common.attempt.AttemptState.KEY_ISSUED;
import static org.examroom.common.attempt.AttemptState.PAUSED;
import static org.examroom.common.attempt.AttemptState.PHOTOS_TAKEN;
import static org.examroom.common.attempt.AttemptState.REGISTERED;
import static org.examroom.common.attempt.AttemptState.REMOVED;
import static org.examroom.common.attempt.AttemptState.RULES_ACCEPTED;
import static org.examroom.common.attempt.AttemptState.SUBMITTED;
import static org.examroom.common.attempt.AttemptState.TECHNICAL_FAILURE;

import java.util.EnumSet;
import java.util.Set;
import org.examroom.common.i18n.Explanation;

/**
 * The attempt's transition table, in one place:
 * <pre>
 * registered → admitted → key issued → key entered → rules accepted → photos taken → in progress ⇄ paused
 *   → submitted | removed (act) | technical failure (→ reserve day) | absent (from registered)
 * </pre>
 * A key may be re-issued while it has not been entered; photos may be retaken before the test starts;
 * time may be extended and exits recorded while the test is under way.
 */
public final class AttemptLifecycle {

    /** States from which the applicant can be removed or suffer a technical failure: admitted, not yet final. */
    private static final Set<AttemptState> IN_ROOM =
            EnumSet.of(ADMITTED, KEY_ISSUED, KEY_ENTERED, RULES_ACCEPTED, PHOTOS_TAKEN, IN_PROGRESS, PAUSED);

    private AttemptLifecycle() {
    }

    /** The state after the event, or the reason it is refused in {@code state}. */
    public static Step next(AttemptState state, AttemptEvent event) {
        if (state.isFinal()) {
            return refuse("attempt.final", stateName(state));
        }
        return switch (event) {
            case AttemptEvent.Admitted a -> from(state, REGISTERED, ADMITTED);
            case AttemptEvent.KeyIssued k when k.keyNumber() == null || k.keyNumber().isBlank() ->
                    refuse("attempt.keyMissing");
            case AttemptEvent.KeyIssued k when state == KEY_ISSUED && (k.reissueReason() == null || k.reissueReason().isBlank()) ->
                    refuse("attempt.reissueNeedsReason");
            case AttemptEvent.KeyIssued k -> state == KEY_ISSUED ? go(KEY_ISSUED) : from(state, ADMITTED, KEY_ISSUED);
            case AttemptEvent.KeyEntered k -> from(state, KEY_ISSUED, KEY_ENTERED);
            case AttemptEvent.RulesAccepted r when !r.rules() -> refuse("attempt.rulesNotAccepted");
            case AttemptEvent.RulesAccepted r when !r.personalDataConsent() -> refuse("attempt.consentMissing");
            case AttemptEvent.RulesAccepted r -> from(state, KEY_ENTERED, RULES_ACCEPTED);
            case AttemptEvent.PhotosTaken p when p.count() < 1 -> refuse("attempt.noPhotos");
            case AttemptEvent.PhotosTaken p -> state == PHOTOS_TAKEN ? go(PHOTOS_TAKEN) : from(state, RULES_ACCEPTED, PHOTOS_TAKEN);
            case AttemptEvent.TestStarted t -> from(state, PHOTOS_TAKEN, IN_PROGRESS);
            case AttemptEvent.Paused p -> from(state, IN_PROGRESS, PAUSED);
            case AttemptEvent.Resumed r -> from(state, PAUSED, IN_PROGRESS);
            case AttemptEvent.TimeExtended x when !x.extra().isPositive() -> refuse("attempt.extensionNotPositive", x.extra());
            case AttemptEvent.TimeExtended x when x.reason() == null || x.reason().isBlank() -> refuse("attempt.extensionNeedsReason");
            case AttemptEvent.TimeExtended x -> IN_ROOM.contains(state) ? go(state) : wrongState(state);
            case AttemptEvent.LeftRoom l -> from(state, IN_PROGRESS, IN_PROGRESS);
            case AttemptEvent.ReturnedToRoom r -> from(state, IN_PROGRESS, IN_PROGRESS);
            case AttemptEvent.Submitted s -> from(state, IN_PROGRESS, SUBMITTED);
            case AttemptEvent.Removed r when r.actNumber() == null || r.actNumber().isBlank() -> refuse("attempt.removalNeedsAct");
            case AttemptEvent.Removed r -> IN_ROOM.contains(state) ? go(REMOVED) : wrongState(state);
            case AttemptEvent.TechnicalFailure f -> IN_ROOM.contains(state) ? go(TECHNICAL_FAILURE) : wrongState(state);
            case AttemptEvent.MarkedAbsent m -> from(state, REGISTERED, ABSENT);
        };
    }

    /** The outcome of looking an event up in the table. */
    public sealed interface Step {
        record To(AttemptState state) implements Step {
        }

        record Refused(Explanation reason) implements Step {
        }
    }

    private static Step from(AttemptState state, AttemptState required, AttemptState to) {
        return state == required ? go(to) : new Step.Refused(Explanation.of("attempt.wrongState", stateName(state), stateName(required)));
    }

    private static Step wrongState(AttemptState state) {
        return new Step.Refused(Explanation.of("attempt.notInRoom", stateName(state)));
    }

    /** The state's name for people, e.g. "идёт тестирование". */
    public static Explanation stateName(AttemptState state) {
        return Explanation.of("state." + state.name());
    }

    private static Step go(AttemptState to) {
        return new Step.To(to);
    }

    private static Step refuse(String key, Object... args) {
        return new Step.Refused(Explanation.of(key, args));
    }

    /** Whether answers may change in this state: only while writing, never after submitting or removal. */
    public static boolean answersMayChange(AttemptState state) {
        return state == IN_PROGRESS;
    }
}
