package org.examroom.terminal.proctor;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.examroom.terminal.client.TerminalApi;
import org.examroom.terminal.client.TerminalApiException;

/**
 * Sends the terminal's events to the controller ({@code POST /terminal/events}) in the order they happened, on a
 * thread of its own. Offering never waits: the test and the answer journal go on while the controller is away, and
 * when it cannot be reached the oldest event is tried again every {@code retryAfter} until it gets through, then the
 * rest follow in order. An event the controller refuses for good (a 4xx: no attempt open any more, a malformed
 * event) is dropped with a log line, since sending it again would hold back every event behind it.
 *
 * <p>The queue is in memory: events carry snapshots of the applicant, which the terminal does not keep on disk.
 */
public final class EventOutbox implements AutoCloseable {

    /** How long after a failed send the oldest event is tried again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(EventOutbox.class.getName());

    private final TerminalApi api;
    private final Duration retryAfter;
    private final Deque<TerminalApi.Event> queue = new ArrayDeque<>();
    private final Thread sender;
    private boolean closed;
    private boolean reportedOffline;

    public EventOutbox(TerminalApi api, Duration retryAfter) {
        this.api = api;
        this.retryAfter = retryAfter;
        this.sender = Thread.ofPlatform().daemon().name("event-sender").start(this::run);
    }

    public EventOutbox(TerminalApi api) {
        this(api, RETRY_AFTER);
    }

    /** Queues an event behind those not yet sent; returns at once. */
    public synchronized void offer(TerminalApi.Event event) {
        if (closed) {
            LOG.log(System.Logger.Level.WARNING, "The event {0} came after the terminal stopped sending; not sent", event.kind());
            return;
        }
        queue.addLast(event);
        notifyAll();
    }

    /** Events not yet accepted by the controller. */
    public synchronized int pending() {
        return queue.size();
    }

    /** Waits until every event offered so far has been sent (or dropped); false if the time ran out first. */
    public synchronized boolean awaitSent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!queue.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    private void run() {
        try {
            while (true) {
                TerminalApi.Event next;
                synchronized (this) {
                    while (queue.isEmpty() && !closed) {
                        wait();
                    }
                    if (queue.isEmpty()) {
                        return;
                    }
                    next = queue.peekFirst();
                }
                boolean done = send(next);
                synchronized (this) {
                    if (done) {
                        queue.removeFirst();
                        notifyAll();
                    } else if (closed) {
                        LOG.log(System.Logger.Level.WARNING, "The terminal stopped with {0} events the controller never got",
                                queue.size());
                        return;
                    } else {
                        wait(retryAfter.toMillis());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True when the event is done with: sent, or refused for good. */
    private boolean send(TerminalApi.Event event) {
        try {
            api.event(event);
            if (reportedOffline) {
                LOG.log(System.Logger.Level.INFO, "The controller takes events again");
                reportedOffline = false;
            }
            return true;
        } catch (TerminalApiException.Refused refused) {
            if (refused.status() >= 500 || refused.status() == 429) {
                return false;
            }
            LOG.log(System.Logger.Level.WARNING, "The controller refused the event {0} of {1}; dropped: {2}",
                    event.kind(), event.start(), refused.getMessage());
            return true;
        } catch (TerminalApiException unreachable) {
            if (!reportedOffline) {
                LOG.log(System.Logger.Level.WARNING, "Events wait for the controller: {0}", unreachable.getMessage());
                reportedOffline = true;
            }
            return false;
        } catch (RuntimeException bug) {
            LOG.log(System.Logger.Level.ERROR, "The event " + event.kind() + " could not be sent; dropped", bug);
            return true;
        }
    }

    /**
     * Stops taking events; what is queued is still tried until the first failure, for up to {@code grace}, so the
     * events of a finished test reach a controller that is there.
     */
    public void close(Duration grace) {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            sender.join(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sender.interrupt();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(2));
    }
}
