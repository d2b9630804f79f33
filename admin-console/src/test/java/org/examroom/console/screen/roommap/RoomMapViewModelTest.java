package org.examroom.console.screen.roommap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.examroom.common.i18n.Messages;
import org.examroom.console.ConsoleApp;
import org.examroom.console.client.FakeStaffApi;
import org.examroom.console.client.StaffApi.LiveRoom;
import org.examroom.console.client.StaffApi.LiveSeat;
import org.examroom.console.client.StaffApiException;
import org.junit.jupiter.api.Test;

class RoomMapViewModelTest {

    static final Instant AT = Instant.parse("2026-07-15T07:30:00Z");
    final AtomicReference<Instant> now = new AtomicReference<>(AT);
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final Messages ru = ConsoleApp.messages(Locale.of("ru"));

    static LiveSeat seat(String label, int row, int column, String state, long remaining, boolean online) {
        return new LiveSeat(label, row, column, Optional.of("A-" + label), Optional.of(state), Optional.of("Петров " + label),
                Optional.of("V1"), OptionalLong.of(remaining), Optional.of("T-" + label), Optional.of(online),
                Optional.of(AT.minusSeconds(1)), Optional.of("ok"), OptionalLong.of(0), OptionalLong.empty(), 0, Optional.empty(), List.of());
    }

    static LiveSeat empty(String label, int row, int column) {
        return new LiveSeat(label, row, column, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalLong.empty(), OptionalLong.empty(), 0, Optional.empty(), List.of());
    }

    static LiveRoom room(long version, List<LiveSeat> seats) {
        return new LiveRoom(version, "101", AT, 0, false, false, seats);
    }

    @Test
    void drawsEverySeatInItsPlaceWithItsStatusAndCounts() {
        var model = new RoomMapViewModel(new FakeStaffApi() { }, Runnable::run, ru, clock);
        model.apply(room(3, List.of(seat("1-1", 1, 1, "IN_PROGRESS", 3600, true), seat("1-2", 1, 2, "IN_PROGRESS", 1200, false),
                seat("2-1", 2, 1, "SUBMITTED", 0, true), empty("2-2", 2, 2))));

        assertThat(model.rowsProperty().get()).isEqualTo(2);
        assertThat(model.columnsProperty().get()).isEqualTo(2);
        assertThat(model.tiles()).extracting(SeatTile::status)
                .containsExactly(SeatStatus.WRITING, SeatStatus.OFFLINE, SeatStatus.FINISHED, SeatStatus.EMPTY);
        assertThat(model.tiles().getFirst().statusText()).isEqualTo("пишет");
        assertThat(model.tiles().getFirst().heartbeat()).isEqualTo("1 с назад");
        assertThat(model.summaryProperty().get()).isEqualTo("пишет 1 · нет связи 1 · сдал 1");
    }

    @Test
    void clocksRunBetweenVersionsOnlyForThoseWriting() {
        var model = new RoomMapViewModel(new FakeStaffApi() { }, Runnable::run, ru, clock);
        model.apply(room(1, List.of(seat("1-1", 1, 1, "IN_PROGRESS", 3600, true), seat("1-2", 1, 2, "PAUSED", 1200, true))));
        assertThat(model.tiles()).extracting(SeatTile::remaining).containsExactly("осталось 1:00:00", "осталось 20:00");

        now.set(AT.plus(Duration.ofSeconds(75)));
        model.tick();

        assertThat(model.tiles()).extracting(SeatTile::remaining).containsExactly("осталось 58:45", "осталось 20:00");
    }

    @Test
    void keepsTheSelectedSeatAcrossVersionsAndWarnsOfWrongKeys() {
        var model = new RoomMapViewModel(new FakeStaffApi() { }, Runnable::run, ru, clock);
        model.apply(room(1, List.of(seat("1-1", 1, 1, "IN_PROGRESS", 3600, true))));
        model.selectedProperty().set(model.tiles().getFirst());

        model.apply(new LiveRoom(2, "101", AT, 21, true, false, List.of(seat("1-1", 1, 1, "PAUSED", 3000, true))));

        assertThat(model.selectedProperty().get().status()).isEqualTo(SeatStatus.PAUSED);
        assertThat(model.alertProperty().get()).contains("21 неверных ключей");
        assertThat(model.keyEntryPausedProperty().get()).isFalse();

        model.apply(new LiveRoom(3, "101", AT, 52, true, true, List.of(seat("1-1", 1, 1, "PAUSED", 3000, true))));
        assertThat(model.keyEntryPausedProperty().get()).isTrue();
        assertThat(model.alertProperty().get()).startsWith("Ввод ключей приостановлен: 52 неверных ключа");
    }

    @Test
    void theSelectionFollowsItsApplicantToANewSeatAndAnEmptySeatStaysSelected() {
        var model = new RoomMapViewModel(new FakeStaffApi() { }, Runnable::run, ru, clock);
        LiveSeat first = seat("1-1", 1, 1, "REGISTERED", 0, false);
        LiveSeat second = seat("1-2", 1, 2, "REGISTERED", 0, false);
        model.apply(room(1, List.of(first, second)));
        model.selectedProperty().set(model.tiles().getFirst());

        // the two swap places: the seats' labels stay, their applicants change
        model.apply(room(2, List.of(withSeat(second, "1-1", 1), withSeat(first, "1-2", 2))));

        assertThat(model.selectedProperty().get().seat()).isEqualTo("1-2");
        assertThat(model.selectedProperty().get().attemptId()).contains("A-1-1");

        model.apply(room(3, List.of(withSeat(second, "1-1", 1), empty("1-2", 1, 2))));
        model.selectedProperty().set(model.tiles().get(1));
        model.apply(room(4, List.of(withSeat(second, "1-1", 1), empty("1-2", 1, 2))));
        assertThat(model.selectedProperty().get().seat()).isEqualTo("1-2");
    }

    private static LiveSeat withSeat(LiveSeat s, String label, int column) {
        return new LiveSeat(label, s.row(), column, s.attemptId(), s.state(), s.applicant(), s.variantId(), s.remainingSeconds(),
                s.terminalId(), s.online(), s.lastSeen(), s.status(), s.clockOffsetMs(), s.helpRequest(), s.flags(), s.lastFlag(),
                s.setupNotes());
    }

    @Test
    void followsTheControllerVersionByVersionAndSaysWhenItIsGone() throws Exception {
        var answers = new LinkedBlockingQueue<Object>(List.of(room(1, List.of(seat("1-1", 1, 1, "KEY_ENTERED", 0, true))),
                room(2, List.of(seat("1-1", 1, 1, "IN_PROGRESS", 3600, true))),
                new StaffApiException.Unreachable("connection refused", null)));
        List<Long> asked = new ArrayList<>();
        var applied = new LinkedBlockingQueue<Runnable>();
        var api = new FakeStaffApi() {
            @Override
            public LiveRoom live(String roomId, long since) throws StaffApiException {
                synchronized (asked) {
                    asked.add(since);
                }
                Object next;
                try {
                    next = answers.poll(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new StaffApiException.Unreachable("stopped", e);
                }
                if (next instanceof StaffApiException e) {
                    throw e;
                }
                if (next == null) {
                    throw new StaffApiException.Unreachable("no more", null);
                }
                return (LiveRoom) next;
            }
        };
        var model = new RoomMapViewModel(api, applied::add, ru, clock);
        model.follow("101");
        applied.poll(5, TimeUnit.SECONDS).run();
        assertThat(model.tiles().getFirst().status()).isEqualTo(SeatStatus.KEY_ENTERED);
        applied.poll(5, TimeUnit.SECONDS).run();
        assertThat(model.tiles().getFirst().status()).isEqualTo(SeatStatus.WRITING);
        applied.poll(5, TimeUnit.SECONDS).run();
        model.close();

        assertThat(model.connectionProperty().get()).startsWith("Нет связи с контроллером").contains("connection refused");
        synchronized (asked) {
            assertThat(asked.subList(0, 3)).containsExactly(0L, 1L, 2L);
        }
    }
}
