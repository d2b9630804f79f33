package org.examroom.terminal.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.client.TerminalApiException;
import org.examroom.terminal.journal.AnswerJournal;
import org.examroom.terminal.journal.JournalEntry;

/**
 * Keeps a terminal's attempt in step with the controller. A heartbeat each second reports status, clock offset and
 * unsent answers, and brings back the remaining time and instructions; each instruction is handed to the screens at
 * once and acknowledged on the next beat, so the controller stops sending it within two seconds. A sender replays the
 * journal's unacknowledged answers oldest first; when the controller cannot be reached it stops and tries again on the
 * next tick, while the applicant goes on answering into the journal.
 */
public final class AttemptSession implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AttemptSession.class.getName());

    private final TerminalApi api;
    private final AnswerJournal journal;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Consumer<TerminalApi.Instruction> instructions;
    private final Consumer<SessionState> states;

    private final List<Long> toAcknowledge = new ArrayList<>();
    private volatile boolean online = true;
    private volatile String status = "WRITING";
    private Optional<Long> remainingAtBeat = Optional.empty();
    private long beatNanos;
    private boolean paused;
    private String state = "";
    private long clockOffsetMs;
    private ScheduledExecutorService beats;
    private ScheduledExecutorService sender;

    /**
     * @param instructions called on the heartbeat's thread with each new instruction; the screens move to their UI
     *                     thread themselves
     * @param states       called after each heartbeat and each send
     */
    public AttemptSession(TerminalApi api, AnswerJournal journal, Clock clock, LongSupplier nanoTime,
                          Consumer<TerminalApi.Instruction> instructions, Consumer<SessionState> states) {
        this.api = api;
        this.journal = journal;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.instructions = instructions;
        this.states = states;
    }

    /** Beats every second and sends answers as they come, on two daemon threads. */
    public synchronized void start() {
        beats = Executors.newSingleThreadScheduledExecutor(daemon("heartbeat"));
        sender = Executors.newSingleThreadScheduledExecutor(daemon("answer-sender"));
        beats.scheduleWithFixedDelay(this::beatQuietly, 0, 1, TimeUnit.SECONDS);
        sender.scheduleWithFixedDelay(this::sendQuietly, 0, 1, TimeUnit.SECONDS);
    }

    /** Asks the sender to send now rather than at its next tick (an answer was just journaled). */
    public void answerJournaled() {
        ScheduledExecutorService s = sender;
        if (s != null && !s.isShutdown()) {
            s.execute(this::sendQuietly);
        }
    }

    public void status(String status) {
        this.status = status;
    }

    /** One heartbeat; returns whether the controller answered. */
    public boolean beat() {
        List<Long> ack;
        synchronized (this) {
            ack = List.copyOf(toAcknowledge);
        }
        Instant sent = clock.instant();
        long sentNanos = nanoTime.getAsLong();
        try {
            TerminalApi.HeartbeatReply reply = api.heartbeat(
                    new TerminalApi.Heartbeat(status, clockOffsetMs, journal.pending().size(), ack));
            long rtt = nanoTime.getAsLong() - sentNanos;
            List<TerminalApi.Instruction> fresh = new ArrayList<>();
            synchronized (this) {
                toAcknowledge.removeAll(ack);
                online = true;
                clockOffsetMs = Duration.between(sent.plusNanos(rtt / 2), reply.serverTime()).toMillis();
                reply.attempt().ifPresent(a -> {
                    remainingAtBeat = Optional.of(a.remainingSeconds());
                    beatNanos = nanoTime.getAsLong();
                    paused = a.paused();
                    state = a.state();
                });
                for (TerminalApi.Instruction i : reply.instructions()) {
                    if (!toAcknowledge.contains(i.id())) {
                        toAcknowledge.add(i.id());
                        fresh.add(i);
                    }
                }
            }
            fresh.forEach(instructions);
            states.accept(state());
            return true;
        } catch (TerminalApiException e) {
            wentOffline(e);
            return false;
        }
    }

    /** Sends every unacknowledged answer, oldest first; stops at the first that does not get through. */
    public boolean sendPending() {
        for (JournalEntry.Answer answer : journal.pending()) {
            try {
                long stored = api.saveAnswer(answer.item(), answer.seq(), answer.response());
                journal.acknowledge(answer.item(), Math.min(stored, answer.seq()));
                online = true;
            } catch (TerminalApiException.Refused refused) {
                // e.g. paused or already submitted: the answer stays in the journal and is tried again later
                LOG.log(System.Logger.Level.INFO, "The controller did not take answer {0} to {1}: {2}",
                        answer.seq(), answer.item(), refused.getMessage());
                states.accept(state());
                return false;
            } catch (TerminalApiException e) {
                wentOffline(e);
                return false;
            }
        }
        states.accept(state());
        return true;
    }

    /** The state as of now: the remaining time counts down from the last beat unless the attempt is paused. */
    public synchronized SessionState state() {
        Optional<Long> remaining = remainingAtBeat.map(r -> paused ? r
                : Math.max(0, r - (nanoTime.getAsLong() - beatNanos) / 1_000_000_000L));
        return new SessionState(online, remaining, paused, journal.pending().size(), state);
    }

    /** Milliseconds the controller's clock is ahead of this terminal's. */
    public synchronized long clockOffsetMs() {
        return clockOffsetMs;
    }

    private void wentOffline(TerminalApiException e) {
        if (online) {
            LOG.log(System.Logger.Level.WARNING, "The controller cannot be reached; answers stay in the journal: {0}",
                    e.getMessage());
        }
        online = false;
        states.accept(state());
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "A heartbeat failed", e);
        }
    }

    private void sendQuietly() {
        try {
            sendPending();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Sending answers failed", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> Thread.ofPlatform().daemon().name(name).unstarted(runnable);
    }

    @Override
    public synchronized void close() {
        if (beats != null) {
            beats.shutdownNow();
            sender.shutdownNow();
        }
    }
}
