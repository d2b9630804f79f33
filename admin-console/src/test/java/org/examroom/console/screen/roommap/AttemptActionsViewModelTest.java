package org.examroom.console.screen.roommap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examroom.common.i18n.Messages;
import org.examroom.console.ConsoleApp;
import org.examroom.console.client.FakeStaffApi;
import org.examroom.console.client.StaffApi;
import org.examroom.console.client.StaffApiException;
import org.examroom.console.screen.Calls;
import org.examroom.console.screen.Times;
import org.junit.jupiter.api.Test;

class AttemptActionsViewModelTest {

    final Messages ru = ConsoleApp.messages(Locale.of("ru"));
    final List<String> sent = new ArrayList<>();
    final FakeStaffApi api = new FakeStaffApi() {
        @Override
        public void remove(String attemptId, String actNumber, String rule, String reason) {
            sent.add("remove " + attemptId + " " + actNumber + " | " + rule + " | " + reason);
        }

        @Override
        public void extend(String attemptId, int minutes, String reason) throws StaffApiException {
            throw new StaffApiException.Refused(409, "Продление не больше 90 минут", "At most 90 minutes", Optional.of("minutes"));
        }

        @Override
        public SeatChange moveSeat(String attemptId, String roomId, String seat) throws StaffApiException {
            sent.add("move " + attemptId + " " + roomId + "/" + seat);
            return new SeatChange(new Attempt(attemptId, "A-1", "M", "ADMITTED", Optional.of(roomId), Optional.of(seat),
                    Optional.of("V2"), Optional.empty()), Optional.empty(), List.of("3-3"));
        }

        @Override
        public Timeline timeline(String attemptId) {
            return new Timeline(new Attempt(attemptId, "A-1", "M", "IN_PROGRESS", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()), List.of(new Timeline.Event("TestStarted",
                    Instant.parse("2026-07-15T07:01:00Z"), "terminal:T-1", "PHOTOS_TAKEN", "IN_PROGRESS", "{}")), List.of());
        }
    };

    AttemptActionsViewModel model() {
        return new AttemptActionsViewModel(api, new Calls(Runnable::run, Runnable::run), ru, new Times(ZoneId.of("Europe/Moscow"), Locale.of("ru")));
    }

    static SeatTile tile(String state, SeatStatus status) {
        return new SeatTile("2-3", 2, 3, Optional.of("A-1.M"), "Петров П.", state, status, "пишет", "1:00:00", "1 с назад", 0,
                Optional.empty());
    }

    @Test
    void removalNeedsTheActNumberTheRuleAndTheReasonAndThenOffersTheAct() {
        AttemptActionsViewModel model = model();
        model.seatProperty().set(tile("IN_PROGRESS", SeatStatus.WRITING));
        assertThat(model.timeline()).containsExactly("10:01:00 МСК — начал тестирование (terminal:T-1)");
        assertThat(model.canRemoveProperty().get()).isFalse();

        model.actNumberProperty().set("3");
        model.ruleProperty().set("п. 4.3 — пользование телефоном");
        assertThat(model.canRemoveProperty().get()).isFalse();
        model.reasonProperty().set("телефон в руках на 40-й минуте");
        assertThat(model.canRemoveProperty().get()).isTrue();

        model.remove();

        assertThat(sent).containsExactly("remove A-1.M 3 | п. 4.3 — пользование телефоном | телефон в руках на 40-й минуте");
        assertThat(model.removedAttemptProperty().get()).contains("A-1.M");
        assertThat(model.resultProperty().get()).isEqualTo("Абитуриент удалён; акт готов к печати");
        assertThat(model.actNumberProperty().get()).isEmpty();
    }

    @Test
    void aSeatChangesOnlyBeforeTheKeyAndSaysWhenNeighboursShareTheVariant() {
        AttemptActionsViewModel model = model();
        model.roomProperty().set("101");
        model.seatProperty().set(tile("KEY_ISSUED", SeatStatus.WAITING));
        model.targetSeatProperty().set("2-4");
        assertThat(model.canMoveProperty().get()).isFalse();

        model.seatProperty().set(tile("ADMITTED", SeatStatus.WAITING));
        model.targetSeatProperty().set("2-4");
        assertThat(model.canMoveProperty().get()).isTrue();
        model.move();

        assertThat(sent).containsExactly("move A-1.M 101/2-4");
        assertThat(model.resultProperty().get()).isEqualTo("Пересажен на место 2-4 (вариант V2) Внимание: у соседей (3-3) тот же вариант.");
    }

    @Test
    void draftSheetsAreRecordedAndTheCameraSnapshotsCanBeLookedAt() {
        FakeStaffApi withPictures = new FakeStaffApi() {
            @Override
            public Timeline timeline(String attemptId) {
                return new Timeline(new Attempt(attemptId, "A-1", "M", "IN_PROGRESS", Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()), List.of(), List.of(
                        new Timeline.Evidence(41, "proctoring", Instant.parse("2026-07-15T07:42:05Z"), true, "{\"kind\":\"MULTIPLE_PEOPLE\"}"),
                        new Timeline.Evidence(42, "proctoring", Instant.parse("2026-07-15T07:50:00Z"), false, "{\"kind\":\"SECOND_MONITOR\"}")));
            }

            @Override
            public void draftSheets(String attemptId, int sheets) {
                sent.add("sheets " + attemptId + " " + sheets);
            }

            @Override
            public byte[] evidence(long id) {
                sent.add("picture " + id);
                return new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2};
            }
        };
        AttemptActionsViewModel model = new AttemptActionsViewModel(withPictures, new Calls(Runnable::run, Runnable::run), ru,
                new Times(ZoneId.of("Europe/Moscow"), Locale.of("ru")));
        model.seatProperty().set(tile("IN_PROGRESS", SeatStatus.WRITING));
        model.sheetsProperty().set("21");
        assertThat(model.canIssueSheetsProperty().get()).as("at most 20").isFalse();
        model.sheetsProperty().set("2");
        model.issueDraftSheets();
        assertThat(sent).containsExactly("sheets A-1.M 2");
        assertThat(model.resultProperty().get()).isEqualTo("Выдача черновиков записана");

        assertThat(model.evidence()).as("only pictures with a file").extracting(StaffApi.Timeline.Evidence::id).containsExactly(41L);
        assertThat(model.evidenceLine(model.evidence().getFirst())).isEqualTo("10:42:05 МСК — снимок камеры");
        model.showPicture(model.evidence().getFirst());
        assertThat(sent).contains("picture 41");
        assertThat(model.pictureProperty().get()).hasValueSatisfying(jpeg -> assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8));
    }

    @Test
    void actionsFollowTheStateAndARefusalSaysWhy() {
        AttemptActionsViewModel model = model();
        model.seatProperty().set(tile("SUBMITTED", SeatStatus.FINISHED));
        model.reasonProperty().set("причина");
        assertThat(model.canPauseProperty().get()).isFalse();
        assertThat(model.canExtendProperty().get()).isFalse();
        assertThat(model.canRemoveProperty().get()).isFalse();

        model.seatProperty().set(tile("PAUSED", SeatStatus.PAUSED));
        assertThat(model.canResumeProperty().get()).isTrue();
        assertThat(model.canPauseProperty().get()).isFalse();
        model.minutesProperty().set("120");
        model.extend();
        assertThat(model.resultProperty().get()).isEqualTo("Не выполнено: Продление не больше 90 минут");
        assertThat(model.busyProperty().get()).isFalse();
        model.minutesProperty().set("ten");
        assertThat(model.canExtendProperty().get()).isFalse();
    }
}
