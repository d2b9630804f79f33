package org.examroom.common.attempt;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.examroom.common.exam.IdentityDocument;
import org.junit.jupiter.api.Test;

/** Every (state, event) pair against the table the regulations imply: legal ones lead where they should, the rest are refused. */
class AttemptLifecycleTest {

    private static final Set<AttemptState> IN_ROOM =
            EnumSet.of(ADMITTED, KEY_ISSUED, KEY_ENTERED, RULES_ACCEPTED, PHOTOS_TAKEN, IN_PROGRESS, PAUSED);

    /** One well-formed event of each kind, with the states it is legal in and where it leads (null: stays). */
    private record Case(AttemptEvent event, Map<AttemptState, AttemptState> legal) {
    }

    private static Map<AttemptState, AttemptState> only(AttemptState from, AttemptState to) {
        Map<AttemptState, AttemptState> m = new HashMap<>();
        m.put(from, to);
        return m;
    }

    private static Map<AttemptState, AttemptState> fromInRoom(AttemptState to) {
        Map<AttemptState, AttemptState> m = new HashMap<>();
        IN_ROOM.forEach(s -> m.put(s, to == null ? s : to));
        return m;
    }

    private static List<Case> cases() {
        Map<AttemptState, AttemptState> keyIssued = only(ADMITTED, KEY_ISSUED);
        Map<AttemptState, AttemptState> photos = only(RULES_ACCEPTED, PHOTOS_TAKEN);
        photos.put(PHOTOS_TAKEN, PHOTOS_TAKEN);
        return List.of(
                new Case(new AttemptEvent.Admitted(new IdentityDocument(IdentityDocument.Kind.PASSPORT_RF, "4510 123456"), Duration.ZERO, false),
                        only(REGISTERED, ADMITTED)),
                new Case(new AttemptEvent.KeyIssued("K-0001", null), keyIssued),
                new Case(new AttemptEvent.KeyIssued("K-0002", "slip torn"), Map.of(ADMITTED, KEY_ISSUED, KEY_ISSUED, KEY_ISSUED)),
                new Case(new AttemptEvent.KeyEntered(), only(KEY_ISSUED, KEY_ENTERED)),
                new Case(new AttemptEvent.RulesAccepted(true, true), only(KEY_ENTERED, RULES_ACCEPTED)),
                new Case(new AttemptEvent.PhotosTaken(5), photos),
                new Case(new AttemptEvent.TestStarted(), only(PHOTOS_TAKEN, IN_PROGRESS)),
                new Case(new AttemptEvent.Paused("noise"), only(IN_PROGRESS, PAUSED)),
                new Case(new AttemptEvent.Resumed(), only(PAUSED, IN_PROGRESS)),
                new Case(new AttemptEvent.TimeExtended(Duration.ofMinutes(10), "power cut"), fromInRoom(null)),
                new Case(new AttemptEvent.LeftRoom(), only(IN_PROGRESS, IN_PROGRESS)),
                new Case(new AttemptEvent.ReturnedToRoom(), only(IN_PROGRESS, IN_PROGRESS)),
                new Case(new AttemptEvent.Submitted(false), only(IN_PROGRESS, SUBMITTED)),
                new Case(new AttemptEvent.Removed("A-3", "phone", "used a phone"), fromInRoom(REMOVED)),
                new Case(new AttemptEvent.TechnicalFailure("terminal froze"), fromInRoom(TECHNICAL_FAILURE)),
                new Case(new AttemptEvent.MarkedAbsent(), only(REGISTERED, ABSENT)));
    }

    @Test
    void everyEventInEveryStateFollowsTheTable() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Case c : cases()) {
            for (AttemptState state : AttemptState.values()) {
                AttemptLifecycle.Step step = AttemptLifecycle.next(state, c.event());
                AttemptState expected = c.legal().get(state);
                boolean ok = expected == null
                        ? step instanceof AttemptLifecycle.Step.Refused
                        : step instanceof AttemptLifecycle.Step.To(AttemptState to) && to == expected;
                if (!ok) {
                    mismatches.add(state + " + " + c.event() + " → " + step + ", expected " + (expected == null ? "refusal" : expected));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(16 * AttemptState.values().length);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void finalStatesRefuseEverythingAndSaySo() {
        for (AttemptState state : List.of(SUBMITTED, REMOVED, TECHNICAL_FAILURE, ABSENT)) {
            assertThat(state.isFinal()).isTrue();
            for (Case c : cases()) {
                assertThat(AttemptLifecycle.next(state, c.event())).isInstanceOf(AttemptLifecycle.Step.Refused.class);
            }
        }
        var refused = (AttemptLifecycle.Step.Refused) AttemptLifecycle.next(SUBMITTED, new AttemptEvent.Resumed());
        assertThat(refused.reason().in(Locale.of("ru"))).isEqualTo("Попытка уже завершена (работа сдана): изменить её нельзя");
    }

    @Test
    void malformedEventsAreRefusedWithTheirOwnReason() {
        Map<AttemptEvent, String> reasons = Map.of(
                new AttemptEvent.RulesAccepted(true, false), "Нет согласия на обработку персональных данных",
                new AttemptEvent.RulesAccepted(false, true), "Правила испытания не приняты",
                new AttemptEvent.KeyIssued(" ", null), "Не указан номер ключа доступа",
                new AttemptEvent.PhotosTaken(0), "Нет фотографий для идентификации",
                new AttemptEvent.TimeExtended(Duration.ZERO, "x"), "Продление должно быть больше нуля, указано 0 с",
                new AttemptEvent.TimeExtended(Duration.ofMinutes(5), ""), "Продление времени — только с указанием причины",
                new AttemptEvent.Removed("", "phone", "used a phone"), "Удаление — только с актом: укажите номер акта");
        reasons.forEach((event, reason) -> {
            AttemptState state = switch (event) {
                case AttemptEvent.RulesAccepted r -> KEY_ENTERED;
                case AttemptEvent.KeyIssued k -> ADMITTED;
                case AttemptEvent.PhotosTaken p -> RULES_ACCEPTED;
                default -> IN_PROGRESS;
            };
            var step = AttemptLifecycle.next(state, event);
            assertThat(step).as(event.toString()).isInstanceOfSatisfying(AttemptLifecycle.Step.Refused.class,
                    r -> assertThat(r.reason().in(Locale.of("ru"))).isEqualTo(reason));
        });
    }

    @Test
    void aKeyIsReissuedOnlyWithAReason() {
        var step = AttemptLifecycle.next(KEY_ISSUED, new AttemptEvent.KeyIssued("K-9", null));
        assertThat(step).isInstanceOfSatisfying(AttemptLifecycle.Step.Refused.class,
                r -> assertThat(r.reason().in(Locale.ENGLISH)).isEqualTo("A key is re-issued only with a reason"));
    }

    @Test
    void answersChangeOnlyWhileWriting() {
        for (AttemptState state : AttemptState.values()) {
            assertThat(AttemptLifecycle.answersMayChange(state)).as(state.name()).isEqualTo(state == IN_PROGRESS);
        }
    }
}
