package org.examroom.room.push;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What changes by the second and is not worth a database write each time: terminal heartbeats. Every
 * change a console should see bumps {@link #version()}; consoles wait for a version above the one they
 * have ({@link #awaitAfter}).
 */
public final class RoomLive {

    /** A terminal that has not been heard from for this long is shown offline. */
    public static final Duration OFFLINE_AFTER = Duration.ofSeconds(5);

    /** The last heartbeat of a terminal. */
    public record Presence(String terminalId, Instant lastSeen, String status, long clockOffsetMs, int pendingAnswers) {
        public boolean onlineAt(Instant now) {
            return Duration.between(lastSeen, now).compareTo(OFFLINE_AFTER) <= 0;
        }
    }

    private final Map<String, Presence> presence = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile long version = 1;

    public long version() {
        return version;
    }

    /** Something consoles should see has changed. */
    public void bump() {
        lock.lock();
        try {
            version++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the version passes {@code seen}, at most {@code timeout}; returns the version then. */
    public long awaitAfter(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (version <= seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                changed.awaitNanos(left);
            }
            return version;
        } finally {
            lock.unlock();
        }
    }

    /** Records a heartbeat; bumps the version when the terminal comes online or its status changes. */
    public void heartbeat(String terminalId, Instant now, String status, long clockOffsetMs, int pendingAnswers) {
        Presence before = presence.put(terminalId, new Presence(terminalId, now, status, clockOffsetMs, pendingAnswers));
        if (before == null || !before.onlineAt(now) || !before.status().equals(status) || before.pendingAnswers() != pendingAnswers) {
            bump();
        }
    }

    public Optional<Presence> presence(String terminalId) {
        return Optional.ofNullable(presence.get(terminalId));
    }

    /** Bumps the version for terminals that have just gone quiet, so consoles show them offline. */
    public void noticeSilence(Instant now) {
        for (Presence p : presence.values()) {
            Instant wentQuiet = p.lastSeen().plus(OFFLINE_AFTER);
            if (now.isAfter(wentQuiet) && !now.isAfter(wentQuiet.plusSeconds(1))) {
                bump();
                return;
            }
        }
    }
}
