package org.examroom.terminal.proctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.examroom.terminal.client.TerminalApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventOutboxTest {

    private static final Instant T0 = Instant.parse("2026-07-15T07:00:00Z");
    private final FakeEvents controller = new FakeEvents();
    private EventOutbox outbox;

    @AfterEach
    void close() {
        if (outbox != null) {
            outbox.close();
        }
    }

    private static TerminalApi.Event event(String kind, int second) {
        return new TerminalApi.Event(kind, T0.plusSeconds(second), Optional.empty(), Optional.of(0.9), Optional.empty());
    }

    @Test
    void eventsOfferedWhileTheControllerIsAwayArriveInOrderWhenItIsBack() throws Exception {
        controller.unreachableCalls = 3;
        outbox = new EventOutbox(controller, Duration.ofMillis(20));
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            outbox.offer(event("FACE_ABSENT", i));
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("offering never waits for the controller").isLessThan(200);
        assertThat(outbox.awaitSent(Duration.ofSeconds(5))).isTrue();
        assertThat(controller.accepted).extracting(TerminalApi.Event::start)
                .containsExactly(T0, T0.plusSeconds(1), T0.plusSeconds(2), T0.plusSeconds(3), T0.plusSeconds(4));
        assertThat(controller.calls.get()).isEqualTo(3 + 5);
        assertThat(outbox.pending()).isZero();
    }

    @Test
    void anEventRefusedForGoodIsDroppedAndTheRestFollow() throws Exception {
        controller.refusedKind = "LOOKING_AWAY";
        outbox = new EventOutbox(controller, Duration.ofMillis(20));
        outbox.offer(event("FACE_ABSENT", 0));
        outbox.offer(event("LOOKING_AWAY", 1));
        outbox.offer(event("FACE_ABSENT", 2));
        assertThat(outbox.awaitSent(Duration.ofSeconds(5))).isTrue();
        assertThat(controller.accepted).extracting(TerminalApi.Event::start).containsExactly(T0, T0.plusSeconds(2));
    }

    @Test
    void aControllerThatIsBusyIsAskedAgainRatherThanLosingTheEvent() throws Exception {
        controller.refusedKind = "MULTIPLE_PEOPLE";
        controller.refusedStatus = 503;
        outbox = new EventOutbox(controller, Duration.ofMillis(20));
        outbox.offer(event("MULTIPLE_PEOPLE", 0));
        outbox.offer(event("FACE_ABSENT", 1));
        assertThat(outbox.awaitSent(Duration.ofMillis(300))).isFalse();
        assertThat(controller.accepted).as("nothing overtakes the waiting event").isEmpty();
        controller.refusedKind = "";
        assertThat(outbox.awaitSent(Duration.ofSeconds(5))).isTrue();
        assertThat(controller.accepted).extracting(TerminalApi.Event::kind).containsExactly("MULTIPLE_PEOPLE", "FACE_ABSENT");
    }
}
