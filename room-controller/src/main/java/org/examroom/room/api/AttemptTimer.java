package org.examroom.room.api;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.examroom.common.attempt.Actor;
import org.examroom.common.attempt.AttemptEvent;
import org.examroom.common.attempt.AttemptState;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.push.Instructions;
import org.examroom.room.push.RoomLive;
import org.examroom.room.store.RoomStore;
import org.examroom.room.store.StoredAttempt;

/**
 * Once a second: submits every attempt whose time has run out (with what was saved, as the rules say)
 * and tells its terminal; and lets consoles notice terminals that went quiet.
 */
public final class AttemptTimer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AttemptTimer.class.getName());

    private final ScheduledExecutorService executor;

    private AttemptTimer(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public static AttemptTimer start(RoomStore store, AuditLog audit, AttemptActions actions, RoomLive live,
            Instructions instructions, Clock clock) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("examroom-attempt-timer").daemon().factory());
        executor.scheduleWithFixedDelay(() -> tick(store, audit, actions, live, instructions, clock.instant()),
                1, 1, TimeUnit.SECONDS);
        return new AttemptTimer(executor);
    }

    /** One round of the timer at {@code now}; public for tests that move a clock by hand. */
    public static void tick(RoomStore store, AuditLog audit, AttemptActions actions, RoomLive live, Instructions instructions, Instant now) {
        try {
            for (String id : actions.clocks().overAt(now)) {
                audit.write(r -> {
                    StoredAttempt attempt = actions.load(r, id);
                    if (attempt.attempt().state() != AttemptState.IN_PROGRESS) {
                        return null;
                    }
                    StoredAttempt after = actions.apply(r, attempt, new AttemptEvent.Submitted(true), new Actor.System("timer"),
                            "system", "local");
                    after.terminalId().ifPresent(t -> instructions.add(r.tx(), t, Instructions.Kind.FINISHED,
                            Jsons.createObjectBuilder().add("reason", "TIME_UP").build(), r.now()));
                    r.afterCommit(instructions::reload);
                    return null;
                });
            }
            live.noticeSilence(now);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "The attempt timer failed this round; it runs again in a second", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
